import type { MarkdownPostProcessorContext } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { LiveBlock } from "./live-block";
import { renderOverviewFor } from "../views/overview-panel";

export const OVERVIEW_BLOCK = "kundenuebersicht";

/** The `kundenuebersicht` block: the overview of all customers, live as the index changes. */
export function overviewBlockProcessor(context: PluginContext) {
	return (_source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		ctx.addChild(
			new LiveBlock(el, context, (block) => {
				block.empty();
				block.addClass("kundendossier-overview-block");
				renderOverviewFor(block, context);
			}),
		);
	};
}
