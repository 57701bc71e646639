import type { MarkdownPostProcessorContext } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { LiveBlock } from "./live-block";
import { renderDossierFor } from "../views/dossier-panel";

export const DOSSIER_BLOCK = "kundendossier";

/**
 * The `kundendossier` code block: the card of the note it stands in, live.
 */
export function dossierBlockProcessor(context: PluginContext) {
	return (_source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		const path = ctx.sourcePath;
		ctx.addChild(new LiveBlock(el, context, (block) => renderDossierFor(block, path, context.index.current, context.index.isBuilt, context.cardOptions())));
	};
}
