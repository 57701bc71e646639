import { MarkdownRenderChild, type MarkdownPostProcessorContext } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { renderDossierFor } from "../views/dossier-panel";

export const DOSSIER_BLOCK = "kundendossier";

/**
 * The `kundendossier` code block: the card of the note it stands in, live. A child component so its
 * subscription ends when Obsidian removes the block.
 */
export function dossierBlockProcessor(context: PluginContext) {
	return (_source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		ctx.addChild(new DossierBlock(el, ctx.sourcePath, context));
	};
}

class DossierBlock extends MarkdownRenderChild {
	constructor(
		containerEl: HTMLElement,
		private readonly path: string,
		private readonly context: PluginContext,
	) {
		super(containerEl);
	}

	override onload(): void {
		this.registerEvent(this.context.index.on("updated", () => this.render()));
		this.render();
	}

	private render(): void {
		renderDossierFor(this.containerEl, this.path, this.context.index.current, this.context.index.isBuilt, this.context.cardOptions());
	}
}
