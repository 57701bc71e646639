import { MarkdownRenderer, type App, type Component, type MarkdownPostProcessorContext } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { reviewMarkdown } from "../review-markdown";
import { LiveBlock } from "./live-block";

export const REVIEW_BLOCK = "kundenreview";
const REVIEW_CLASS = "kundendossier-review";

/** A `kundenreview` fence anywhere in Markdown: rendered, it would render the review again. */
const NESTED_BLOCK = new RegExp(`(?:\`{3,}|~{3,})[ \\t]*${REVIEW_BLOCK}`, "i");

/** The `kundenreview` block: the day's review, live, for a daily note template. */
export function reviewBlockProcessor(context: PluginContext) {
	return (_source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		// A review block inside a rendered review would render the review again, without end.
		if (el.parentElement?.closest(`.${REVIEW_CLASS}`)) {
			el.createDiv({ cls: "kundendossier-review-nested", text: context.ui().reviewBlockNested });
			return;
		}
		const block: LiveBlock<string> = new LiveBlock(el, context, {
			// Read before emptying: the block never stands empty while the goals note is read.
			read: () => reviewMarkdown(context),
			paint: (container, markdown) => paintReview(container, markdown, { app: context.app, sourcePath: ctx.sourcePath, owner: block, context }),
		});
		ctx.addChild(block);
	};
}

async function paintReview(
	el: HTMLElement,
	markdown: string,
	{ app, sourcePath, owner, context }: { app: App; sourcePath: string; owner: Component; context: PluginContext },
): Promise<void> {
	el.empty();
	el.addClass(REVIEW_CLASS);
	// The review's values are escaped; should a block still get into it, it is not rendered at all.
	if (NESTED_BLOCK.test(markdown)) {
		el.createDiv({ cls: "kundendossier-review-nested", text: context.ui().reviewBlockNested });
		return;
	}
	await MarkdownRenderer.render(app, markdown, el, sourcePath, owner);
}
