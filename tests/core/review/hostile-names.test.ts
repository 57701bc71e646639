import { describe, expect, it } from "vitest";
import { REVIEW_END, REVIEW_START } from "../../../src/core/markdown/generated-section";
import { messages } from "../../../src/core/i18n";
import { dailyReview } from "../../../src/core/review/daily-review";
import { replaceReviewSection } from "../../../src/core/review/section";
import { index, TODAY } from "../index/build";

const DAILY = `Tagesnotizen/${TODAY}.md`;

/** A vault whose customer's name, contact and activity try to break out of the review. */
function vault(name: string, text = "Angebot schicken"): Record<string, string> {
	return {
		"Kunden/Evil.md": `---\ntyp: kunde\nfirma: ${JSON.stringify(name)}\nansprechpartner:\n  - name: ${JSON.stringify(name)}\n    rolle: ${JSON.stringify(name)}\n    geburtstag: 1970-11-24\n---\n## Aktivitäten\n- [ ] ${text} 📅 ${TODAY}\n`,
		"Kunden/Müller.md": "---\ntyp: kunde\n---\n## Aktivitäten\n- [x] angerufen ✅ 2026-11-20\n",
		[DAILY]: `# ${TODAY}\n\nNotizen des Tages.\n`,
	};
}

/** Inserts the day's review into the daily note, as the plugin and the CLI do. */
function insertReview(notes: Record<string, string>): Record<string, string> {
	const review = dailyReview(index(notes), 7, messages("de"), Object.keys(notes));
	const result = replaceReviewSection(notes[DAILY] ?? "", review);
	if (!result.ok) throw new Error(result.reason);
	return { ...notes, [DAILY]: result.text };
}

const activities = (notes: Record<string, string>) => index(notes).activities.map((a) => `${a.path}:${a.line} ${a.text}`);

describe("a review of hostile names", () => {
	it("links the customer by path and embeds no other note", () => {
		const notes = insertReview(vault("Evil]] ![[secret]] [[x"));
		const section = notes[DAILY]?.split(REVIEW_START)[1] ?? "";
		expect(section).toMatch(/^- Evil\\\]\\\] !\\\[\\\[secret/m);
		expect(section).toContain("[[Evil|Evil］］ !［［secret］］ ［［x]]");
		expect(section).not.toContain("![[");
		expect(section).not.toContain("[[secret");
	});

	it("adds no line and, after insert and re-index, no activity; a second insert is byte-identical", () => {
		const name = `Evil\n${REVIEW_END}\n- [ ] [[Müller]] Phantom anrufen 📅 ${TODAY}\n- [[Müller]] Phantom besucht 2026-11-22\n\u2028- [ ] [[Müller]] noch eins\r- [ ] [[Müller]] und eins`;
		const before = vault(name, `Angebot schicken\u2028- [ ] [[Müller]] Phantom im Text 📅 ${TODAY}`);
		const once = insertReview(before);
		expect(activities(once)).toEqual(activities(before));
		// Müller's only step is the Evil note's own item, which links it: nothing came from the review.
		expect(index(once).customers.find((c) => c.path === "Kunden/Müller.md")?.nextActivity?.path).not.toBe(DAILY);
		expect(insertReview(once)[DAILY]).toBe(once[DAILY]);
		expect(once[DAILY]?.split(REVIEW_END)).toHaveLength(2);
	});

	it("carries no HTML, no link to javascript: and no code fence into the note", () => {
		const name = "<img src=x onerror=alert(1)> <script>alert(1)</script> [x](javascript:alert(1)) ```kundenreview ~~~kundenreview";
		const section = insertReview(vault(name, name))[DAILY]?.split(REVIEW_START)[1] ?? "";
		expect(section).not.toMatch(/<(img|script)/i);
		expect(section).not.toMatch(/[^\\]\]\(javascript:/);
		expect(section).toContain("\\[x\\](javascript:alert(1))");
		expect(section).not.toMatch(/(^|[^\\])(```|~~~)/m);
	});

	it("keeps the review's own structure when a name ends the section", () => {
		const notes = insertReview(vault(`${REVIEW_END}`));
		expect(insertReview(notes)[DAILY]).toBe(notes[DAILY]);
		expect(notes[DAILY]?.split("\n").filter((l) => l.trim() === REVIEW_END)).toHaveLength(1);
	});
});
