import { MarkdownRenderChild, MarkdownRenderer, type App, type MarkdownPostProcessorContext } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { reviewMarkdown } from "../review-markdown";

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
		ctx.addChild(new ReviewBlock(context.app, el, ctx.sourcePath, context));
	};
}

class ReviewBlock extends MarkdownRenderChild {
	constructor(
		private readonly app: App,
		containerEl: HTMLElement,
		private readonly sourcePath: string,
		private readonly context: PluginContext,
	) {
		super(containerEl);
	}

	override onload(): void {
		this.registerEvent(this.context.index.on("updated", () => void this.render()));
		void this.render();
	}

	private async render(): Promise<void> {
		// Read before emptying: the block never stands empty while the goals note is read.
		const markdown = await reviewMarkdown(this.context);
		this.containerEl.empty();
		this.containerEl.addClass(REVIEW_CLASS);
		// The review's values are escaped; should a block still get into it, it is not rendered at all.
		if (NESTED_BLOCK.test(markdown)) {
			this.containerEl.createDiv({ cls: "kundendossier-review-nested", text: this.context.ui().reviewBlockNested });
			return;
		}
		await MarkdownRenderer.render(this.app, markdown, this.containerEl, this.sourcePath, this);
	}
}
