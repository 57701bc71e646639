// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { VAULT } from "./fixture-vault";
import { loadPlugin } from "./harness";

describe("kundenaufgaben block", () => {
	it("renders the filtered list in a note, and reports options it does not understand", async () => {
		const { plugin } = await loadPlugin(VAULT);
		const render = (source: string) => {
			const el = document.createElement("div");
			plugin.codeBlocks.get("kundenaufgaben")?.(source, el, { sourcePath: "Tagesnotizen/2026-11-20.md", addChild: (c: { load(): void }) => c.load() });
			return el;
		};
		const vague = render("filter: vage");
		expect([...vague.querySelectorAll(".kundendossier-task-text")].map((e) => e.textContent)).toEqual([
			"Bitte um Rückruf bei Herrn Meier",
			"Auf Entscheidung warten",
		]);
		const schulz = render("kunde: [[Schulz Druck]]\nfarbe: rot");
		expect(schulz.querySelector(".kundendossier-block-error")?.textContent).toBe("Nicht verstanden: farbe: rot");
		expect(schulz.querySelectorAll(".kundendossier-task")).toHaveLength(2);
		expect(render("kunde: [[Niemand]]").textContent).toContain("Kunde „Niemand“ nicht gefunden");
	});
});
