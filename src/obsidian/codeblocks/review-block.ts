import { MarkdownRenderChild, MarkdownRenderer, type App, type MarkdownPostProcessorContext } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { reviewMarkdown } from "../review-markdown";

export const REVIEW_BLOCK = "kundenreview";

/** The `kundenreview` block: the day's review, live, for a daily note template. */
export function reviewBlockProcessor(context: PluginContext) {
	return (_source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		ctx.addChild(new ReviewBlock(context.app, el, ctx.sourcePath, context));
	};
}

class ReviewBlock extends MarkdownRenderChild {
	constructor(private readonly app: App, containerEl: HTMLElement, private readonly sourcePath: string, private readonly context: PluginContext) {
		super(containerEl);
	}

	override onload(): void {
		this.registerEvent(this.context.index.on("updated", () => void this.render()));
		void this.render();
	}

	private async render(): Promise<void> {
		this.containerEl.empty();
		this.containerEl.addClass("kundendossier-review");
		await MarkdownRenderer.render(this.app, reviewMarkdown(this.context), this.containerEl, this.sourcePath, this);
	}
}
