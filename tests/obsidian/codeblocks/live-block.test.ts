// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { LiveBlock } from "../../../src/obsidian/codeblocks/live-block";
import type { PluginContext } from "../../../src/obsidian/plugin-context";
import { Events } from "../fake/events";

/** Only what a live block uses of the plugin: the index it listens to. */
function fakeContext() {
	const index = new Events();
	return { index, context: { index } as unknown as PluginContext };
}

/** A read that the test settles by hand. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	const promise = new Promise<T>((r) => (resolve = r));
	return { promise, resolve };
}

describe("LiveBlock", () => {
	it("paints a block drawn from the index at once, and again on each publication", () => {
		const { index, context } = fakeContext();
		const el = document.createElement("div");
		let draws = 0;
		const block = new LiveBlock(el, context, (target) => target.setText(`draw ${++draws}`));
		block.load();
		expect(el.textContent).toBe("draw 1");
		index.trigger("updated");
		expect(el.textContent).toBe("draw 2");
		block.unload();
		expect(index.listenerCount()).toBe(0);
	});

	it("never lets a slow read paint over a newer one", async () => {
		const { index, context } = fakeContext();
		const el = document.createElement("div");
		const reads = [deferred<string>(), deferred<string>()];
		let next = 0;
		const block = new LiveBlock(el, context, {
			read: () => (reads[next++] as (typeof reads)[number]).promise,
			paint: (target, text) => void target.setText(text),
		});
		block.load();
		index.trigger("updated");
		// The second read finishes first, then the first: only the second is painted.
		reads[1]?.resolve("second");
		await Promise.resolve();
		reads[0]?.resolve("first");
		await new Promise((r) => setTimeout(r, 0));
		expect(el.textContent).toBe("second");
		block.unload();
	});

	it("draws again on its own events too, and lets go of them on unload", () => {
		const { context } = fakeContext();
		const notes = new Events();
		const el = document.createElement("div");
		let draws = 0;
		const block = new LiveBlock(el, context, {
			read: () => ++draws,
			paint: (target, n) => void target.setText(`draw ${n}`),
			also: (redraw) => [notes.on("changed", redraw)],
		});
		block.load();
		notes.trigger("changed");
		expect(el.textContent).toBe("draw 2");
		block.unload();
		expect(notes.listenerCount()).toBe(0);
	});
});
