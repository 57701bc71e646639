import { MarkdownRenderChild } from "obsidian";
import type { PluginContext } from "../plugin-context";

/**
 * A code block that draws itself now and again whenever the index is published. A child component of
 * the rendered note, so its subscription ends when Obsidian removes the block.
 */
export class LiveBlock extends MarkdownRenderChild {
	constructor(
		containerEl: HTMLElement,
		private readonly context: PluginContext,
		private readonly draw: (el: HTMLElement) => void,
	) {
		super(containerEl);
	}

	override onload(): void {
		this.registerEvent(this.context.index.on("updated", () => this.draw(this.containerEl)));
		this.draw(this.containerEl);
	}
}
