// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { openInEditor, runCommand, settle } from "./actions";
import { lastModal, notices, type Modal } from "./fake/obsidian";
import { VAULT } from "./fixture-vault";
import { context, loadPlugin, nextUpdate, type LoadedPlugin } from "./harness";

const DAILY = { dailyNoteFolder: "Tagesnotizen", dailyNotesFromCore: false };

function run(plugin: LoadedPlugin): void {
	runCommand(plugin, "log-contact");
}

/** Fills the open modal and presses its button. */
function fill(fields: { kind?: string; note?: string; time?: string }): Modal {
	const modal = lastModal as Modal;
	const set = (selector: string, value: string | undefined) => {
		const el = modal.contentEl.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
		if (value === undefined) return;
		el.value = value;
		el.dispatchEvent(new Event("change"));
	};
	set("select", fields.kind);
	set("input.kundendossier-log-contact-note", fields.note);
	set("input.kundendossier-log-contact-time", fields.time);
	modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
	return modal;
}

function pick(path: string): void {
	const suggest = lastModal as unknown as { getItems(): Array<{ path: string }>; onChooseItem(c: unknown): void };
	suggest.onChooseItem(suggest.getItems().find((c) => c.path === path));
}

const customer = (plugin: LoadedPlugin, path: string) => context(plugin).index.current.customers.find((c) => c.path === path);

describe("Kontakt erfassen", () => {
	it("in a customer note: one log line in today's daily note, which becomes the customer's last contact", async () => {
		const { app, plugin } = await loadPlugin(VAULT, DAILY);
		expect(customer(plugin, "Kunden/Müller Maschinenbau.md")?.lastContact).toBe("2026-11-20");
		app.workspace.openNote(app.file("Kunden/Müller Maschinenbau.md"));
		run(plugin);
		expect((lastModal as Modal).contentEl.querySelector("h3")?.textContent).toBe("Kontakt erfassen: Müller Maschinenbau GmbH");
		expect([...(lastModal as Modal).contentEl.querySelectorAll("option")].map((o) => o.textContent)).toEqual([
			"Telefonat",
			"Besuch",
			"Mail",
			"Termin",
			"Notiz",
		]);
		const updated = nextUpdate(plugin);
		fill({ kind: "visit", note: "sehr positiv, Interesse an Wartung", time: "10:15" });
		await settle();
		await updated;
		expect(app.vault.text(app.file("Tagesnotizen/2026-11-23.md"))).toBe("- 10:15 [[Müller Maschinenbau]] Besuch: sehr positiv, Interesse an Wartung\n");
		const record = customer(plugin, "Kunden/Müller Maschinenbau.md");
		expect(record?.lastContact).toBe("2026-11-23");
		expect(record?.recentContacts[0]).toMatchObject({ path: "Tagesnotizen/2026-11-23.md", line: 1, kind: "log", status: "done", vague: false });
	});

	it("from a daily note: asks for the customer, writes under its Kontakte heading, keeps every line ending", async () => {
		const path = "Tagesnotizen/2026-11-23.md";
		const note = "# Montag\r\n## Kontakte\r\n- 09:00 [[Müller Maschinenbau]] Mail\r\n\r\n## Notizen\r\nText";
		const { app, plugin } = await loadPlugin({ ...VAULT, [path]: note }, DAILY);
		expect(customer(plugin, "Kunden/Schulz Druck.md")?.lastContact).toBeNull();
		app.workspace.openNote(app.file(path));
		run(plugin);
		expect((lastModal as unknown as { placeholder: string }).placeholder).toBe("Kunde für den Kontakt wählen …");
		pick("Kunden/Schulz Druck.md");
		const updated = nextUpdate(plugin);
		fill({ note: "Termin am 3.12. vereinbart" });
		await settle();
		await updated;
		// The note names a day of its own: today's date is written too, so it stays today's contact.
		expect(app.vault.text(app.file(path))).toBe(
			"# Montag\r\n## Kontakte\r\n- 09:00 [[Müller Maschinenbau]] Mail\r\n- 2026-11-23 [[Schulz Druck]] Telefonat: Termin am 3.12. vereinbart\r\n\r\n## Notizen\r\nText",
		);
		expect(customer(plugin, "Kunden/Schulz Druck.md")?.lastContact).toBe("2026-11-23");
	});

	it("by setting into the customer note: dated, without a link, under Verlauf (a new one when missing)", async () => {
		const { app, plugin } = await loadPlugin(VAULT, { ...DAILY, logContactTo: "customer" });
		const path = "Kunden/Schulz Druck.md";
		app.workspace.openNote(app.file(path));
		run(plugin);
		const updated = nextUpdate(plugin);
		fill({ kind: "mail", note: "Muster angekündigt", time: "9.05" });
		await settle();
		await updated;
		expect(app.vault.text(app.file(path))).toBe(
			"---\ntyp: kunde\nabc: C\numsatz: 20000\nphase: Kennenlernen\n---\n- [ ] Auf Entscheidung warten\n\n## Verlauf\n\n- 2026-11-23 09:05 Mail: Muster angekündigt\n",
		);
		expect(app.vault.getAbstractFileByPath("Tagesnotizen/2026-11-23.md")).toBeNull();
		expect(customer(plugin, path)?.lastContact).toBe("2026-11-23");
	});

	it("by setting into the customer note: under its Aktivitäten heading, after the items there", async () => {
		const { app, plugin } = await loadPlugin(VAULT, { logContactTo: "customer" });
		const path = "Kunden/Müller Maschinenbau.md";
		app.workspace.openNote(app.file(path));
		run(plugin);
		fill({ kind: "meeting", note: "" });
		await settle();
		expect(app.vault.text(app.file(path))).toBe(`${VAULT[path]}\n- 2026-11-23 Termin`);
	});

	it("refuses a time that is none, and writes nothing", async () => {
		const { app, plugin } = await loadPlugin(VAULT, DAILY);
		app.workspace.openNote(app.file("Kunden/Schulz Druck.md"));
		run(plugin);
		const modal = fill({ note: "x", time: "10 Uhr" });
		await settle();
		expect(modal.contentEl.querySelector(".kundendossier-setting-error")?.textContent).toBe("Keine Uhrzeit: bitte HH:MM eingeben oder das Feld leeren.");
		expect(app.vault.getAbstractFileByPath("Tagesnotizen/2026-11-23.md")).toBeNull();
	});

	it("refuses a daily note that ends inside code with a notice, leaving it byte-identical", async () => {
		const path = "Tagesnotizen/2026-11-23.md";
		const note = "# Montag\n```\nCode\n";
		const { app, plugin } = await loadPlugin({ ...VAULT, [path]: note }, DAILY);
		app.workspace.openNote(app.file("Kunden/Schulz Druck.md"));
		notices.length = 0;
		run(plugin);
		fill({ note: "x" });
		await settle();
		expect(app.vault.text(app.file(path))).toBe(note);
		expect(notices).toEqual(["Die Notiz endet in einem Codeblock oder einem offenen Review-Abschnitt; dort wäre die Zeile kein Kontakt. Nichts geschrieben."]);
	});

	it("writes through the editor when the daily note is open, inserting only the new line", async () => {
		const path = "Tagesnotizen/2026-11-23.md";
		const note = "# Montag\n- 09:00 [[Müller Maschinenbau]] Mail\n";
		const { app, plugin } = await loadPlugin({ ...VAULT, [path]: note }, DAILY);
		const replaced = openInEditor(app, path);
		app.workspace.openNote(app.file("Kunden/Schulz Druck.md"));
		run(plugin);
		fill({ note: "Rückfrage" });
		await settle();
		expect(replaced).toEqual([["- [[Schulz Druck]] Telefonat: Rückfrage\n", 2, 2]]);
		expect(app.vault.text(app.file(path))).toBe(note); // the editor saves it, not the plugin
	});

	it("speaks English: Call, Visit, Email, Meeting, Note", async () => {
		const { app, plugin } = await loadPlugin(VAULT, { ...DAILY, languageMode: "en" });
		app.workspace.openNote(app.file("Kunden/Schulz Druck.md"));
		run(plugin);
		expect([...(lastModal as Modal).contentEl.querySelectorAll("option")].map((o) => o.textContent)).toEqual(["Call", "Visit", "Email", "Meeting", "Note"]);
		fill({ kind: "mail", note: "Prices", time: "16:30" });
		await settle();
		expect(app.vault.text(app.file("Tagesnotizen/2026-11-23.md"))).toBe("- 16:30 [[Schulz Druck]] Email: Prices\n");
	});
});

describe("Kontakt erfassen with names a wikilink cannot hold", () => {
	it("links a customer whose file name has '#' by a Markdown link that the index still reads as that customer", async () => {
		const path = "Kunden/Bau & Co #1.md";
		const { app, plugin } = await loadPlugin({ ...VAULT, [path]: "---\ntyp: kunde\n---\n" }, DAILY);
		app.workspace.openNote(app.file(path));
		run(plugin);
		const updated = nextUpdate(plugin);
		fill({ note: "Angebot ]] [[Schulz Druck" });
		await settle();
		await updated;
		expect(app.vault.text(app.file("Tagesnotizen/2026-11-23.md"))).toBe(
			"- [Bau & Co ＃1](Kunden/Bau%20%26%20Co%20%231.md) Telefonat: Angebot ]] [[Schulz Druck\n",
		);
		expect(customer(plugin, path)?.lastContact).toBe("2026-11-23");
	});
});
