import { describe, expect, it } from "vitest";
import { addActivityLine } from "../../../src/core/edits/add-activity";
import { formatDailyNoteName } from "../../../src/core/markdown/daily-note";
import { REVIEW_END, REVIEW_START } from "../../../src/core/markdown/generated-section";
import { replaceReviewSection } from "../../../src/core/review/section";

const review = "# Tagesreview 2026-11-23\n\n## Heute fällig (1)\n\n- [[Müller]]: anrufen\n";

describe("review section", () => {
	it("appends the section once and replaces it on the next run: a second insert is byte-identical", () => {
		const note = "# 2026-11-23\n\nNotizen des Tages.\n";
		const once = replaceReviewSection(note, review);
		expect(once).toBe(`${note}\n${REVIEW_START}\n# Tagesreview 2026-11-23\n\n## Heute fällig (1)\n\n- [[Müller]]: anrufen\n${REVIEW_END}\n`);
		expect(replaceReviewSection(once, review)).toBe(once);
		const updated = replaceReviewSection(once, review.replace("anrufen", "besuchen"));
		expect(updated).toContain("besuchen");
		expect(updated.split(REVIEW_START)).toHaveLength(2);
	});

	it("keeps text around the section, CRLF and BOM", () => {
		const note = `\uFEFF# Tag\r\n${REVIEW_START}\r\nalt\r\n${REVIEW_END}\r\nDanach\r\n`;
		const out = replaceReviewSection(note, review);
		expect(out.startsWith("\uFEFF# Tag\r\n")).toBe(true);
		expect(out.endsWith(`${REVIEW_END}\r\nDanach\r\n`)).toBe(true);
		expect(out.replace(/\r\n/g, "")).not.toContain("\n");
		expect(replaceReviewSection(out, review)).toBe(out);
	});

	it("fills an empty note", () => {
		expect(replaceReviewSection("", "x\n")).toBe(`${REVIEW_START}\nx\n${REVIEW_END}\n`);
	});
});

describe("adding an activity", () => {
	const line = "- [ ] Frau Gerens anrufen 📅 2026-11-25";
	it("goes after the items under the activities heading", () => {
		const note = "# K\n## Aktivitäten\n- [ ] eins\n- [x] zwei\n\n## Notizen\nText\n";
		expect(addActivityLine(note, line)).toBe(`# K\n## Aktivitäten\n- [ ] eins\n- [x] zwei\n${line}\n\n## Notizen\nText\n`);
	});

	it("adds the heading when missing, and keeps CRLF", () => {
		expect(addActivityLine("---\ntyp: kunde\n---\n# K\n", line)).toBe(`---\ntyp: kunde\n---\n# K\n\n## Aktivitäten\n\n${line}\n`);
		expect(addActivityLine("# K\r\n### Activities\r\n", line)).toBe(`# K\r\n### Activities\r\n${line}\r\n`);
	});
});

describe("daily note names", () => {
	it("formats numeric moment formats and refuses names of days", () => {
		expect(formatDailyNoteName("2026-11-03")).toBe("2026-11-03");
		expect(formatDailyNoteName("2026-11-03", "DD.MM.YYYY")).toBe("03.11.2026");
		expect(formatDailyNoteName("2026-11-03", "[Tag] D.M.YY")).toBe("Tag 3.11.26");
		expect(formatDailyNoteName("2026-11-03", "YYYY/MM/YYYY-MM-DD")).toBe("2026/11/2026-11-03");
		expect(formatDailyNoteName("2026-11-03", "dddd, D. MMMM")).toBeNull();
	});
});
