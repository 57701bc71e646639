import { MarkdownRenderChild, type MarkdownPostProcessorContext } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { renderOverviewFor } from "../views/overview-panel";

export const OVERVIEW_BLOCK = "kundenuebersicht";

/** The `kundenuebersicht` block: the overview of all customers, live as the index changes. */
export function overviewBlockProcessor(context: PluginContext) {
	return (_source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		ctx.addChild(new OverviewBlock(el, context));
	};
}

class OverviewBlock extends MarkdownRenderChild {
	constructor(
		containerEl: HTMLElement,
		private readonly context: PluginContext,
	) {
		super(containerEl);
	}

	override onload(): void {
		this.registerEvent(this.context.index.on("updated", () => this.render()));
		this.render();
	}

	private render(): void {
		this.containerEl.empty();
		this.containerEl.addClass("kundendossier-overview-block");
		renderOverviewFor(this.containerEl, this.context);
	}
}
