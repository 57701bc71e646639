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
const choose = (modal: Modal, value: string) => {
	const select = modal.contentEl.querySelector("select") as HTMLSelectElement;
	select.value = value;
	select.dispatchEvent(new Event("change"));
};

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
		choose(modal, "Intime Phase");
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
		choose(modal, "A");
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

describe("new customer", () => {
	const fill = (modal: Modal, values: string[]) => {
		const [name, company] = [...modal.contentEl.querySelectorAll("input")];
		for (const [el, value] of [[name, values[0]], [company, values[1]]] as const) {
			(el as HTMLInputElement).value = value ?? "";
			el?.dispatchEvent(new Event("change"));
		}
		const [abc, model, phase] = [...modal.contentEl.querySelectorAll("select")];
		(abc as HTMLSelectElement).value = "A";
		abc?.dispatchEvent(new Event("change"));
		(model as HTMLSelectElement).value = "beziehung";
		model?.dispatchEvent(new Event("change"));
		return phase as HTMLSelectElement;
	};

	it("creates the dossier in the customer folder, with the first phase of the chosen model, and opens it", async () => {
		const { app, plugin } = await loadPlugin(VAULT);
		(plugin.commands.find((c) => c.id === "new-customer") as unknown as { callback: () => void }).callback();
		const phase = fill(lastModal as Modal, ["Vogel Logistik", "Vogel Logistik GmbH"]);
		expect([...phase.options].map((o) => o.value)).toEqual(["Verliebtheit", "Ernüchterung", "Machtkampf", "Ich-Du-Wir", "Zuhause"]);
		click(lastModal as Modal);
		await flush();
		const text = app.vault.text(app.file("Kunden/Vogel Logistik.md"));
		expect(text).toContain("firma: Vogel Logistik GmbH\nstatus: Interessent\nabc: A\nphasenmodell: beziehung\n");
		expect(text).toMatch(/phase: Verliebtheit\nphasen:\n {2}- phase: Verliebtheit\n {4}datum: \d{4}-\d{2}-\d{2}\n/);
		expect(app.workspace.opened.at(-1)?.path).toBe("Kunden/Vogel Logistik.md");
	});

	it("refuses a name that exists, and uses the template from the settings", async () => {
		const files = { ...VAULT, "Vorlagen/Kunde.md": "---\ntyp: kunde\nregion: Süd\n---\n# {{title}}\n" };
		const { app, plugin } = await loadPlugin(files, { customerTemplate: "Vorlagen/Kunde.md" });
		const command = plugin.commands.find((c) => c.id === "new-customer") as unknown as { callback: () => void };
		command.callback();
		fill(lastModal as Modal, ["Schulz Druck", ""]);
		notices.length = 0;
		click(lastModal as Modal);
		await flush();
		expect(notices).toEqual(["Kunden/Schulz Druck.md gibt es schon; nichts angelegt."]);
		command.callback();
		fill(lastModal as Modal, ["Hahn Bau", ""]);
		click(lastModal as Modal);
		await flush();
		expect(app.vault.text(app.file("Kunden/Hahn Bau.md"))).toMatch(/^---\ntyp: kunde\nregion: Süd\nfirma: Hahn Bau\nstatus: Interessent\nabc: A\nphasenmodell: beziehung\nphase: Verliebtheit\nphasen:\n/);
	});
});
