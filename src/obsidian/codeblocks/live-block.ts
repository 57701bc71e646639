import { MarkdownRenderChild, type EventRef } from "obsidian";
import type { PluginContext } from "../plugin-context";

/** A block that reads what it shows (perhaps from a note, so perhaps later) and then paints it. */
export interface LiveBlockParts<T> {
	read: () => T | Promise<T>;
	paint: (el: HTMLElement, data: T) => void | Promise<void>;
	/** Events besides the index's publication that call for drawing again (a note the block reads changed). */
	also?: (redraw: () => void) => EventRef[];
}

/**
 * A code block that draws itself now and again whenever the index is published. A child component of
 * the rendered note, so its subscriptions end when Obsidian removes the block. A read that waits paints
 * only if no newer drawing has begun, so a slow read never paints over a newer one.
 */
export class LiveBlock<T = void> extends MarkdownRenderChild {
	private generation = 0;
	private readonly parts: LiveBlockParts<T>;

	/** `draw`: a block that paints from the index alone, at once; or the parts of one that reads first. */
	constructor(
		containerEl: HTMLElement,
		private readonly context: PluginContext,
		draw: ((el: HTMLElement) => void) | LiveBlockParts<T>,
	) {
		super(containerEl);
		this.parts = typeof draw === "function" ? { read: () => undefined as T, paint: (el) => draw(el) } : draw;
	}

	override onload(): void {
		const redraw = () => this.redraw();
		this.registerEvent(this.context.index.on("updated", redraw));
		for (const ref of this.parts.also?.(redraw) ?? []) this.registerEvent(ref);
		redraw();
	}

	private redraw(): void {
		const generation = ++this.generation;
		const data = this.parts.read();
		if (!(data instanceof Promise)) return void this.parts.paint(this.containerEl, data);
		void data.then((read) => {
			if (generation === this.generation) return this.parts.paint(this.containerEl, read);
		});
	}
}
