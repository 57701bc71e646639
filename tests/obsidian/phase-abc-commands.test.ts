// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { lastModal, notices, type Modal } from "./fake/obsidian";
import { VAULT } from "./fixture-vault";
import { context, loadPlugin } from "./harness";

type Check = { checkCallback: (checking: boolean) => boolean };
const flush = async () => {
	for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

async function inNote(path: string) {
	const loaded = await loadPlugin(VAULT);
	loaded.app.workspace.openNote(loaded.app.file(path));
	const run = (id: string) => {
		const command = loaded.plugin.commands.find((c) => c.id === id) as unknown as Check;
		if (!command.checkCallback(true)) return null;
		command.checkCallback(false);
		return lastModal as Modal;
	};
	return { ...loaded, run, today: context(loaded.plugin).index.current.today };
}

const click = (modal: Modal) => modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();

describe("phase commands", () => {
	it("are offered only in customer notes", async () => {
		const { run } = await inNote("Notizen/Ideen.md");
		expect(run("advance-phase")).toBeNull();
		expect(run("set-abc")).toBeNull();
	});

	it("advance to the next phase only, show the signals, and start a history", async () => {
		const { app, run, today } = await inNote("Kunden/Schulz Druck.md");
		const modal = run("advance-phase") as Modal;
		expect(modal.contentEl.querySelector("h3")?.textContent).toBe("Schulz Druck: Von Kennenlernen zu Vertiefung");
		expect(modal.contentEl.querySelector(".kundendossier-signals")?.textContent).toContain("Beide Seiten wollen weitermachen");
		click(modal);
		await flush();
		expect(app.vault.text(app.file("Kunden/Schulz Druck.md"))).toBe(
			`---\ntyp: kunde\nabc: C\numsatz: 20000\nphase: Vertiefung\nphasen:\n  - phase: Vertiefung\n    datum: ${today}\n---\n- [ ] Auf Entscheidung warten\n`,
		);
	});

	it("refuse a skip with the reason and write nothing", async () => {
		const { app, run } = await inNote("Kunden/Schulz Druck.md");
		const before = app.vault.text(app.file("Kunden/Schulz Druck.md"));
		const modal = run("set-phase") as Modal;
		const select = modal.contentEl.querySelector("select") as HTMLSelectElement;
		select.value = "Intime Phase";
		select.dispatchEvent(new Event("change"));
		notices.length = 0;
		click(modal);
		await flush();
		expect(notices[0]).toBe("Phasen bauen aufeinander auf: Vertiefung, Vertrauen würde übersprungen. Bitte Schritt für Schritt.");
		expect(app.vault.text(app.file("Kunden/Schulz Druck.md"))).toBe(before);
	});

	it("restart at the first phase, keeping the history and the reason", async () => {
		const { app, run, today } = await inNote("Kunden/Müller Maschinenbau.md");
		const modal = run("restart-relationship") as Modal;
		const reason = modal.contentEl.querySelector("textarea") as HTMLTextAreaElement;
		reason.value = "Frau Gerens hat das Unternehmen verlassen";
		reason.dispatchEvent(new Event("change"));
		click(modal);
		await flush();
		const text = app.vault.text(app.file("Kunden/Müller Maschinenbau.md"));
		expect(text).toContain(`phase: Gelegenheit\nphasen:\n  - phase: Gelegenheit\n    datum: 2025-03-10\n  - phase: Kennenlernen\n    datum: 2025-04-02\n  - phase: Vertrauen\n    datum: 2026-02-01\n  - phase: Gelegenheit\n    datum: ${today}\n    grund: Frau Gerens hat das Unternehmen verlassen\nentscheider:`);
	});
});

describe("ABC commands", () => {
	it("set writes only the abc key", async () => {
		const { app, run } = await inNote("Kunden/Schulz Druck.md");
		const before = app.vault.text(app.file("Kunden/Schulz Druck.md"));
		const modal = run("set-abc") as Modal;
		const select = modal.contentEl.querySelector("select") as HTMLSelectElement;
		select.value = "A";
		select.dispatchEvent(new Event("change"));
		click(modal);
		await flush();
		expect(app.vault.text(app.file("Kunden/Schulz Druck.md"))).toBe(before.replace("abc: C", "abc: A"));
	});

	it("compute previews every customer with revenue and applies the differing ones", async () => {
		const { app, plugin } = await loadPlugin(VAULT);
		(plugin.commands.find((c) => c.id === "compute-abc") as unknown as { callback: () => void }).callback();
		const modal = lastModal as Modal;
		const rows = [...modal.contentEl.querySelectorAll("tr[data-path]")].map((tr) => [tr.getAttribute("data-path"), (tr.querySelector("input") as HTMLInputElement).checked, [...tr.querySelectorAll("td")].slice(1).map((td) => td.textContent)]);
		expect(rows).toEqual([
			["Kunden/Müller Maschinenbau.md", true, ["Müller Maschinenbau GmbH", "480.000\u00a0€", "96 %", "96 %", "B", "A"]],
			["Kunden/Schulz Druck.md", false, ["Schulz Druck", "20.000\u00a0€", "4 %", "100 %", "C", "C"]],
		]);
		click(modal);
		await flush();
		expect(app.vault.text(app.file("Kunden/Müller Maschinenbau.md"))).toContain("\nabc: A\n");
		expect(app.vault.text(app.file("Kunden/Schulz Druck.md"))).toContain("\nabc: C\n");
	});
});
