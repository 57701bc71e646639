import { describe, expect, it } from "vitest";
import { customer, index } from "../index/build";

const record = (notes: Record<string, string>, path = "Kunden/Müller GmbH.md") => {
	const found = index(notes).customers.find((c) => c.path === path);
	if (!found) throw new Error(path);
	return found;
};

describe("a customer's history and next step as the card shows them", () => {
	const notes = {
		"Kunden/Müller GmbH.md": customer(
			"firma: Müller GmbH",
			"## Verlauf\n- 2026-11-02 Mail: Prospekt\n- [x] Angebot geschickt ✅ 2026-11-10\n- [-] Messe abgesagt ✅ 2026-11-22\n- [ ] Herrn Müller am 26.11.2026 das Angebot vorstellen\n",
		),
		"Tagesnotizen/2026-11-20.md": "- 10:15 [[Müller GmbH]] Telefonat: Termin vereinbart\n- 16:00 [[Müller GmbH]] Mail: Unterlagen\n",
	};

	it("keeps the done contacts newest first (later line first on one day), without cancelled ones", () => {
		const c = record(notes);
		expect(c.recentContacts.map((a) => [a.doneDate, a.path, a.line])).toEqual([
			["2026-11-20", "Tagesnotizen/2026-11-20.md", 2],
			["2026-11-20", "Tagesnotizen/2026-11-20.md", 1],
			["2026-11-10", "Kunden/Müller GmbH.md", 7],
			["2026-11-02", "Kunden/Müller GmbH.md", 6],
		]);
	});

	it("keeps at most 20 contacts", () => {
		const lines = Array.from({ length: 25 }, (_, i) => `- 2026-10-${String(i + 1).padStart(2, "0")} Telefonat`).join("\n");
		const c = record({ "Kunden/Müller GmbH.md": customer("firma: Müller GmbH", `${lines}\n`) });
		expect(c.recentContacts).toHaveLength(20);
		expect(c.recentContacts[0]?.doneDate).toBe("2026-10-25");
	});

	it("has the next activity's text beside its place", () => {
		const c = record(notes);
		expect(c.nextActivity).toEqual({ path: "Kunden/Müller GmbH.md", line: 9, date: "2026-11-26" });
		expect(c.nextActivityText).toBe("Herrn Müller am 26.11.2026 das Angebot vorstellen");
	});
});

describe("person notes of a customer", () => {
	it("lists the person notes that stand for it, by name; others and people of other companies not", () => {
		const c = record({
			"Kunden/Müller GmbH.md": customer("firma: Müller GmbH"),
			"Kunden/Schulz.md": customer("firma: Schulz"),
			"Personen/Hans Müller.md": '---\nfirma: "[[Müller GmbH]]"\n---\n',
			"Personen/Anna Berg.md": "---\ntyp: person\nfirma: Müller GmbH\n---\n",
			"Personen/Paul Schulz.md": '---\nfirma: "[[Schulz]]"\n---\n',
			"Personen/Ohne.md": "---\ntyp: person\nfirma: Niemand AG\n---\n",
			"Notizen/Termin.md": '---\nkunde: "[[Müller GmbH]]"\n---\n',
		});
		expect(c.persons).toEqual([
			{ path: "Personen/Anna Berg.md", name: "Anna Berg" },
			{ path: "Personen/Hans Müller.md", name: "Hans Müller" },
		]);
		expect(record({ "Kunden/Müller GmbH.md": customer("firma: Müller GmbH") }).persons).toEqual([]);
	});
});
