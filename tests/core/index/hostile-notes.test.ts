import { describe, expect, it } from "vitest";
import { aliasBombNote } from "../../fixtures/hostile-notes";
import { json } from "./build";

const ok = "---\nfirma: Vogt\n---\n- [ ] Herrn Vogt anrufen 📅 2026-11-25\n";

describe("hostile notes in the index: named, and the rest of the vault is read", () => {
	it("reports an alias bomb as the note's yaml-error and indexes the other customers", () => {
		const out = json({ "Kunden/Bombe.md": aliasBombNote(), "Kunden/Vogt.md": ok });
		const bomb = out.customers.find((c) => c.path === "Kunden/Bombe.md");
		expect(bomb?.problems[0]).toEqual({ code: "yaml-error", message: "Frontmatter wächst durch YAML-Aliase (*name) ins Uferlose und wurde nicht gelesen" });
		expect(out.errors).toEqual([{ path: "Kunden/Bombe.md", message: bomb?.problems[0]?.message }]);
		expect(out.activities.map((a) => a.path)).toEqual(["Kunden/Bombe.md", "Kunden/Vogt.md"]);
	});

	it("reports unclosed frontmatter as a yaml-error naming line 1 and still reads the note's items", () => {
		const out = json({ "Kunden/Offen.md": "---\nfirma: Offen GmbH\nabc: A\n- [ ] Frau Gerens anrufen 📅 2026-11-25\n" });
		expect(out.customers[0]?.problems[0]).toEqual({
			code: "yaml-error",
			message: "Frontmatter ist nicht geschlossen: zum --- in Zeile 1 fehlt das schließende ---",
		});
		expect(out.errors).toEqual([{ path: "Kunden/Offen.md", message: out.customers[0]?.problems[0]?.message }]);
		expect(out.activities.map((a) => [a.line, a.text])).toEqual([[4, "Frau Gerens anrufen 📅 2026-11-25"]]);
	});

	it("reports unclosed frontmatter outside the customer folder only where it holds a customer marker", () => {
		const out = json({ "Notizen/Typ.md": "---\ntyp: kunde\nfirma: X\n", "Notizen/Linie.md": "---\nNur eine Trennlinie.\n" });
		expect(out.customers).toEqual([]);
		expect(out.errors).toEqual([{ path: "Notizen/Typ.md", message: "Frontmatter ist nicht geschlossen: zum --- in Zeile 1 fehlt das schließende ---" }]);
	});

	it("reports UTF-16 and CR-only notes instead of reading them as notes without frontmatter", () => {
		const utf16 = `\uFFFD\uFFFD${[..."---\ntyp: kunde\n---\n"].map((c) => `${c}\0`).join("")}`;
		const out = json({ "Kunden/Alt.md": "---\rtyp: kunde\rfirma: Alt\r---\r- [ ] anrufen 📅 2026-11-25\r", "Kunden/Breit.md": utf16 });
		expect(out.errors).toEqual([
			{ path: "Kunden/Alt.md", message: "Notiz trennt Zeilen nur mit CR (altes Mac-Format) und wurde nicht gelesen; bitte mit LF oder CRLF speichern" },
			{ path: "Kunden/Breit.md", message: "Notiz ist als UTF-16 gespeichert und wurde nicht gelesen; bitte als UTF-8 speichern" },
		]);
		expect(out.customers).toEqual([]);
	});

	it("still reads a note that merely ends in CR or holds a NUL later on", () => {
		const out = json({ "Kunden/K.md": "---\nfirma: K\n---\n- [ ] Frau Gerens anrufen 📅 2026-11-25 \0\n", "Kunden/R.md": "Eine Zeile\r" });
		expect(out.errors).toEqual([]);
		expect(out.customers.map((c) => c.path)).toEqual(["Kunden/K.md", "Kunden/R.md"]);
	});
});
