// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { runCommand, settle } from "./actions";
import { lastModal, MarkdownView, notices, type Modal } from "./fake/obsidian";
import { VAULT } from "./fixture-vault";
import { context, loadPlugin } from "./harness";

type Check = { checkCallback: (checking: boolean) => boolean };

async function inNote(path: string, files: Record<string, string> = VAULT) {
	const loaded = await loadPlugin(files);
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
		await settle();
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
		await settle();
		expect(notices[0]).toBe("Phasen bauen aufeinander auf: Vertiefung, Vertrauen würde übersprungen. Bitte Schritt für Schritt.");
		expect(app.vault.text(app.file("Kunden/Schulz Druck.md"))).toBe(before);
	});

	it("name the phases in English in an English UI, and still write the model's own names", async () => {
		const { app, plugin } = await loadPlugin(VAULT, { languageMode: "en" });
		const path = "Kunden/Schulz Druck.md";
		app.workspace.openNote(app.file(path));
		const run = (id: string) => {
			(plugin.commands.find((c) => c.id === id) as unknown as Check).checkCallback(false);
			return lastModal as Modal;
		};
		expect(run("advance-phase").contentEl.querySelector("h3")?.textContent).toBe("Schulz Druck: From Getting to know to Deepening");
		const set = run("set-phase");
		expect([...set.contentEl.querySelectorAll("option")].map((o) => [o.value, o.textContent])).toEqual([
			["Gelegenheit", "Occasion"],
			["Kennenlernen", "Getting to know"],
			["Vertiefung", "Deepening"],
			["Vertrauen", "Trust"],
			["Intime Phase", "Intimacy"],
		]);
		choose(set, "Intime Phase");
		notices.length = 0;
		click(set);
		await settle();
		expect(notices[0]).toBe("Phases build on each other: Deepening, Trust would be skipped. Please go step by step.");
		choose(set, "Vertiefung");
		click(set);
		await settle();
		expect(app.vault.text(app.file(path))).toContain("phase: Vertiefung\n");
	});

	it("restart at the first phase, keeping the history and the reason", async () => {
		const { app, run, today } = await inNote("Kunden/Müller Maschinenbau.md");
		const modal = run("restart-relationship") as Modal;
		const reason = modal.contentEl.querySelector("textarea") as HTMLTextAreaElement;
		reason.value = "Frau Gerens hat das Unternehmen verlassen";
		reason.dispatchEvent(new Event("change"));
		click(modal);
		await settle();
		const text = app.vault.text(app.file("Kunden/Müller Maschinenbau.md"));
		expect(text).toContain(
			`phase: Gelegenheit\nphasen:\n  - phase: Gelegenheit\n    datum: 2025-03-10\n  - phase: Kennenlernen\n    datum: 2025-04-02\n  - phase: Vertrauen\n    datum: 2026-02-01\n  - phase: Gelegenheit\n    datum: ${today}\n    grund: Frau Gerens hat das Unternehmen verlassen\nentscheider:`,
		);
	});
});

describe("phase commands on notes written by hand or by scripts", () => {
	const path = "Kunden/Kern.md";
	// A compact list above `phase`, a comment on the phase line, CRLF and LF mixed.
	const kern = "---\r\ntyp: kunde\nphasen:\r\n- phase: Gelegenheit\r\n  datum: 2025-03-10\r\nphase: Gelegenheit # seit der Messe\nabc: B\r\n---\r\nText\r\n";

	it("append in the list's own style and change only the phase line", async () => {
		const { app, run, today } = await inNote(path, { ...VAULT, [path]: kern });
		click(run("advance-phase") as Modal);
		await settle();
		expect(app.vault.text(app.file(path))).toBe(
			kern
				.replace("  datum: 2025-03-10\r\n", `  datum: 2025-03-10\r\n- phase: Kennenlernen\r\n  datum: ${today}\r\n`)
				.replace("phase: Gelegenheit # seit", "phase: Kennenlernen # seit"),
		);
	});

	it("write through the editor when the note is open, once, and only the changed lines", async () => {
		const { app, run, today } = await inNote(path, { ...VAULT, [path]: kern.replace(/\r/g, "") });
		let value = app.vault.text(app.file(path));
		const calls: string[] = [];
		const editor = {
			getValue: () => value,
			getLine: (n: number) => value.split("\n")[n] ?? "",
			replaceRange(text: string, from: { line: number; ch: number }, to?: { line: number; ch: number }) {
				calls.push(text);
				const lines = value.split("\n");
				const start = lines.slice(0, from.line).join("\n").length + (from.line > 0 ? 1 : 0) + from.ch;
				const end = to ? lines.slice(0, to.line).join("\n").length + (to.line > 0 ? 1 : 0) + to.ch : start;
				value = value.slice(0, start) + text + value.slice(end);
			},
		};
		const view = Object.assign(new MarkdownView(), { file: app.file(path), editor, containerEl: document.createElement("div"), getViewType: () => "markdown" });
		app.workspace.leaves.push({ app, view: view as never, openFile: async () => {}, setViewState: async () => {} });
		const before = app.vault.text(app.file(path));
		click(run("advance-phase") as Modal);
		await settle();
		expect(calls).toHaveLength(1);
		expect(value).toBe(
			before
				.replace("  datum: 2025-03-10\n", `  datum: 2025-03-10\n- phase: Kennenlernen\n  datum: ${today}\n`)
				.replace("phase: Gelegenheit # seit", "phase: Kennenlernen # seit"),
		);
		expect(app.vault.text(app.file(path))).toBe(before); // the editor saves it, not the plugin
	});

	it("refuse with a notice and write nothing when the frontmatter has a YAML error", async () => {
		const { app, run } = await inNote(path, { ...VAULT, [path]: kern });
		const modal = run("advance-phase") as Modal;
		// Edited elsewhere after the index read it: a quote left open in another key.
		const broken = kern.replace("abc: B", 'abc: "B');
		app.vault.files.set(path, { file: app.file(path), text: broken });
		notices.length = 0;
		click(modal);
		await settle();
		expect(app.vault.text(app.file(path))).toBe(broken);
		expect(notices).toEqual(["Die Eigenschaften der Notiz enthalten einen YAML-Fehler; nichts geschrieben. Bitte erst den Fehler beheben."]);
	});
});

describe("ABC commands", () => {
	it("refuse a key written twice with a notice, writing nothing", async () => {
		const path = "Kunden/Doppelt.md";
		const text = "---\ntyp: kunde\nabc: B\nABC: C\n---\n";
		const { app, run } = await inNote(path, { ...VAULT, [path]: text });
		const modal = run("set-abc") as Modal;
		choose(modal, "A");
		notices.length = 0;
		click(modal);
		await settle();
		expect(app.vault.text(app.file(path))).toBe(text);
		expect(notices).toEqual(["Der Schlüssel steht mehrfach in den Eigenschaften; nichts geschrieben."]);
	});

	it("set writes only the abc key", async () => {
		const { app, run } = await inNote("Kunden/Schulz Druck.md");
		const before = app.vault.text(app.file("Kunden/Schulz Druck.md"));
		const modal = run("set-abc") as Modal;
		choose(modal, "A");
		click(modal);
		await settle();
		expect(app.vault.text(app.file("Kunden/Schulz Druck.md"))).toBe(before.replace("abc: C", "abc: A"));
	});

	it("compute previews every customer with revenue and applies the differing ones", async () => {
		const { app, plugin } = await loadPlugin(VAULT);
		runCommand(plugin, "compute-abc");
		const modal = lastModal as Modal;
		const rows = [...modal.contentEl.querySelectorAll("tr[data-path]")].map((tr) => [
			tr.getAttribute("data-path"),
			(tr.querySelector("input") as HTMLInputElement).checked,
			[...tr.querySelectorAll("td")].slice(1).map((td) => td.textContent),
		]);
		expect(rows).toEqual([
			["Kunden/Müller Maschinenbau.md", true, ["Müller Maschinenbau GmbH", "480.000\u00a0€", "96 %", "96 %", "B", "A"]],
			["Kunden/Schulz Druck.md", false, ["Schulz Druck", "20.000\u00a0€", "4 %", "100 %", "C", "C"]],
		]);
		click(modal);
		await settle();
		expect(app.vault.text(app.file("Kunden/Müller Maschinenbau.md"))).toContain("\nabc: A\n");
		expect(app.vault.text(app.file("Kunden/Schulz Druck.md"))).toContain("\nabc: C\n");
	});
});

describe("new customer", () => {
	const fill = (modal: Modal, values: string[]) => {
		const [name, company] = [...modal.contentEl.querySelectorAll("input")];
		for (const [el, value] of [
			[name, values[0]],
			[company, values[1]],
		] as const) {
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
		runCommand(plugin, "new-customer");
		const phase = fill(lastModal as Modal, ["Vogel Logistik", "Vogel Logistik GmbH"]);
		expect([...phase.options].map((o) => o.value)).toEqual(["Verliebtheit", "Ernüchterung", "Machtkampf", "Ich-Du-Wir", "Zuhause"]);
		click(lastModal as Modal);
		await settle();
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
		await settle();
		expect(notices).toEqual(["Kunden/Schulz Druck.md gibt es schon; nichts angelegt."]);
		command.callback();
		fill(lastModal as Modal, ["Hahn Bau", ""]);
		click(lastModal as Modal);
		await settle();
		expect(app.vault.text(app.file("Kunden/Hahn Bau.md"))).toMatch(
			/^---\ntyp: kunde\nregion: Süd\nfirma: Hahn Bau\nstatus: Interessent\nabc: A\nphasenmodell: beziehung\nphase: Verliebtheit\nphasen:\n/,
		);
	});
});
