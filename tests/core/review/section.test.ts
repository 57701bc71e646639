import { describe, expect, it } from "vitest";
import { addActivityLine } from "../../../src/core/edits/add-activity";
import { formatDailyNoteName } from "../../../src/core/markdown/daily-note";
import { REVIEW_END, REVIEW_START } from "../../../src/core/markdown/generated-section";
import { replaceReviewSection } from "../../../src/core/review/section";

const review = "# Tagesreview 2026-11-23\n\n## Heute fällig (1)\n\n- [[Müller]]: anrufen\n";

const insert = (note: string, text = review) => {
	const result = replaceReviewSection(note, text);
	if (!result.ok) throw new Error(`refused: ${result.reason}`);
	return result.text;
};

describe("review section", () => {
	it("appends the section once and replaces it on the next run: a second insert is byte-identical", () => {
		const note = "# 2026-11-23\n\nNotizen des Tages.\n";
		const once = insert(note);
		expect(once).toBe(`${note}\n${REVIEW_START}\n# Tagesreview 2026-11-23\n\n## Heute fällig (1)\n\n- [[Müller]]: anrufen\n${REVIEW_END}\n`);
		expect(insert(once)).toBe(once);
		const updated = insert(once, review.replace("anrufen", "besuchen"));
		expect(updated).toContain("besuchen");
		expect(updated.split(REVIEW_START)).toHaveLength(2);
	});

	it("keeps text around the section, CRLF and BOM", () => {
		const note = `\uFEFF# Tag\r\n${REVIEW_START}\r\nalt\r\n${REVIEW_END}\r\nDanach\r\n`;
		const out = insert(note);
		expect(out.startsWith("\uFEFF# Tag\r\n")).toBe(true);
		expect(out.endsWith(`${REVIEW_END}\r\nDanach\r\n`)).toBe(true);
		expect(out.replace(/\r\n/g, "")).not.toContain("\n");
		expect(insert(out)).toBe(out);
	});

	it("fills an empty note", () => {
		expect(insert("", "x\n")).toBe(`${REVIEW_START}\nx\n${REVIEW_END}\n`);
	});

	it("refuses a note with a start marker and no end, twice, leaving the user's text alone", () => {
		const note = `# T\n${REVIEW_START}\nMeine Gesprächsnotizen: Müller will 20 % Rabatt.\n`;
		expect(replaceReviewSection(note, review)).toEqual({ ok: false, reason: "unpaired-marker" });
		expect(replaceReviewSection(`${note}Mehr Text\n`, review)).toEqual({ ok: false, reason: "unpaired-marker" });
	});

	it("refuses an end marker without a start, and two review sections", () => {
		expect(replaceReviewSection(`# T\n${REVIEW_END}\nText\n`, review)).toEqual({ ok: false, reason: "unpaired-marker" });
		const two = `${REVIEW_START}\na\n${REVIEW_END}\nMitte\n${REVIEW_START}\nb\n${REVIEW_END}\n`;
		expect(replaceReviewSection(two, review)).toEqual({ ok: false, reason: "several-sections" });
	});

	it("takes a marker in a code block for code: the code and the text after it stay", () => {
		const code = `# T\n\n\`\`\`md\n${REVIEW_START}\n\`\`\`\n\nWichtig: Angebot bis Freitag.\n`;
		const once = insert(`${code}\n${REVIEW_START}\nalt\n${REVIEW_END}\n`);
		expect(once.startsWith(`${code}\n${REVIEW_START}\n# Tagesreview`)).toBe(true);
		const appended = insert(code);
		expect(appended.startsWith(code)).toBe(true);
		expect(insert(appended)).toBe(appended);
	});

	it("takes markers quoted in prose for prose: it appends, and the prose stays", () => {
		const note = `Die Marker ${REVIEW_START} und ${REVIEW_END} nicht löschen.\nWichtig: Angebot bis Freitag.\n`;
		const once = insert(note);
		expect(once.startsWith(note)).toBe(true);
		expect(insert(once)).toBe(once);
	});

	it("refuses to append into a code block left open at the end of the note", () => {
		expect(replaceReviewSection("# T\n```\nCode ohne Ende\n", review)).toEqual({ ok: false, reason: "open-code-block" });
	});

	it("refuses a review that would break its own section, whatever it holds", () => {
		expect(replaceReviewSection("# T\n", `# R\n${REVIEW_END}\nx\n`)).toEqual({ ok: false, reason: "unsafe-review" });
		expect(replaceReviewSection("# T\n", "# R\n```kundenreview\n")).toEqual({ ok: false, reason: "unsafe-review" });
	});

	it("keeps what stands before the start marker and after the end marker on their lines", () => {
		const note = `A\n  ${REVIEW_START}\t\nalt\n\u00a0${REVIEW_END} \nB`;
		const out = insert(note, "neu\n");
		expect(out).toBe(`A\n  ${REVIEW_START}\nneu\n${REVIEW_END} \nB`);
		expect(insert(out, "neu\n")).toBe(out);
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
	it("formats numeric moment formats and names; refuses tokens it cannot write", () => {
		expect(formatDailyNoteName("2026-11-03")).toBe("2026-11-03");
		expect(formatDailyNoteName("2026-11-03", "DD.MM.YYYY")).toBe("03.11.2026");
		expect(formatDailyNoteName("2026-11-03", "[Tag] D.M.YY")).toBe("Tag 3.11.26");
		expect(formatDailyNoteName("2026-11-03", "YYYY/MM/YYYY-MM-DD")).toBe("2026/11/2026-11-03");
		expect(formatDailyNoteName("2026-11-03", "dddd, D. MMMM")).toBe("Dienstag, 3. November");
		expect(formatDailyNoteName("2026-11-03", "YYYY-MM-DD HH:mm")).toBeNull();
		expect(formatDailyNoteName("2026-11-03", "gggg-[W]ww")).toBeNull();
	});
});
