import { describe, expect, it } from "vitest";
import { de } from "../../../src/core/i18n/de";
import { en } from "../../../src/core/i18n/en";
import { dailyReview } from "../../../src/core/review/daily-review";
import { customer, index } from "../index/build";

const next = "- [ ] Frau Gerens anrufen 📅 2026-11-30\n";
const vault = {
	"Kunden/Bald.md": customer("abc: C", `- [x] Frau Gerens besucht ✅ 2026-09-01\n${next}`),
	"Kunden/Spät.md": customer("abc: C", `- [x] Frau Gerens besucht ✅ 2026-08-01\n${next}`),
	"Kunden/Später.md": customer("abc: C", `- [x] Frau Gerens besucht ✅ 2026-09-10\n${next}`),
};
const review = (notes: Record<string, string>, t = de, today = "2026-11-23") => dailyReview(index(notes, {}, today), 14, t, Object.keys(notes));

describe("daily review: contacts due soon and impossible birthdays", () => {
	it("lists a contact due within the week as 'bald fällig', apart from the overdue one", () => {
		const out = review(vault);
		expect(out).toContain("## Kontakt fällig (1)\n\n- [[Spät]] (C): letzter Kontakt 2026-08-01, Intervall 90 Tage");
		expect(out).toContain("## Kontakt bald fällig (1)\n\n- [[Bald]] (C): fällig am 2026-11-30 (in 7 Tagen)");
		expect(out).not.toContain("Später");
		expect(review(vault, en)).toContain("## Contact due soon (1)\n\n- [[Bald]] (C): due on 2026-11-30 (in 7 days)");
	});

	it("never greets on a birthday that no year has (30.02.), but on 29.02. (the 28th in other years)", () => {
		const fm = "abc: A\nansprechpartner:\n  - name: Hans Müller\n    geburtstag: 30.02.\n  - name: Eva Roth\n    geburtstag: 29.02.";
		const out = review({ "Kunden/K.md": customer(fm, next) }, de, "2027-02-20");
		expect(out).not.toContain("Hans Müller");
		expect(out).not.toContain("02-29");
		expect(out).toContain("- Eva Roth, [[K]]: am 2027-02-28");
	});
});
