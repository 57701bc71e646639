import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REVIEW_END, REVIEW_START, reviewMarkers } from "../../../src/core/markdown/generated-section";
import { messages } from "../../../src/core/i18n";
import { dailyReview } from "../../../src/core/review/daily-review";
import { replaceReviewSection } from "../../../src/core/review/section";
import { LineIndex } from "../../../src/core/text/line-index";
import { index, TODAY } from "../index/build";

const piece = fc.constantFrom("a", "ü", " ", "`", "~", "%", "[", "]", "|", "#", "-", ">", "<", "!", "\r", "\t", "\u2028", "%%", "```", "~~~", "[[", "]]");
const text = fc.string({ unit: piece, maxLength: 12 });

/** Lines a daily note may hold, with fences, frontmatter fences and markers where they count and where not. */
const line = fc.oneof(
	{ weight: 4, arbitrary: text },
	{ weight: 3, arbitrary: fc.constantFrom(REVIEW_START, REVIEW_END, `  ${REVIEW_START}`, `\u00a0${REVIEW_END} `, `> ${REVIEW_START}`) },
	{ weight: 2, arbitrary: fc.constantFrom("```", "~~~", "```md", "> ```", "````", "---", "- [ ] [[Müller]] anrufen 📅 2026-11-25", "") },
	{ weight: 1, arbitrary: text.map((t) => `Im Text: ${REVIEW_START} ${t} ${REVIEW_END}`) },
);

const note = fc
	.record({ bom: fc.boolean(), eol: fc.constantFrom("\n", "\r\n"), lines: fc.array(line, { maxLength: 14 }), end: fc.boolean() })
	.map(({ bom, eol, lines, end }) => `${bom ? "\uFEFF" : ""}${lines.join(eol)}${end && lines.length ? eol : ""}`);

/** A day's review over a customer whose name, contact and activity carry hostile text. */
const review = fc.tuple(text, text, line).map(([a, b, c]) => {
	const name = `${a}\n${c}\n${b}`;
	const notes = {
		"Kunden/K.md": `---\ntyp: kunde\nfirma: ${JSON.stringify(name)}\nansprechpartner:\n  - name: ${JSON.stringify(name)}\n    geburtstag: 1970-11-24\n---\n- [ ] ${a}${b} anrufen 📅 ${TODAY}\n`,
	};
	return dailyReview(index(notes), 7, messages("de"), Object.keys(notes));
});

/** The text before the start marker and after the end marker of the note's one section. */
function around(note: string): [string, string] {
	const [pair] = reviewMarkers(new LineIndex(note)).sections;
	if (!pair) throw new Error("no section");
	const starts = [note.startsWith("\uFEFF") ? 1 : 0];
	for (let i = note.indexOf("\n"); i !== -1; i = note.indexOf("\n", i + 1)) starts.push(i + 1);
	const from = (starts[pair.start] ?? 0) + note.slice(starts[pair.start]).indexOf(REVIEW_START);
	const to = (starts[pair.end] ?? 0) + note.slice(starts[pair.end]).indexOf(REVIEW_END) + REVIEW_END.length;
	return [note.slice(0, from), note.slice(to)];
}

describe("inserting the review (property)", () => {
	it("refuses, or changes nothing outside one section, and a second insert is byte-identical", () => {
		fc.assert(
			fc.property(note, review, (before, md) => {
				const found = reviewMarkers(new LineIndex(before));
				const result = replaceReviewSection(before, md);
				if (!result.ok) {
					// Refused only where the markers are unclear or the note ends in code.
					expect(found.unpaired.length > 0 || found.sections.length > 1 || (found.sections.length === 0 && found.openCode)).toBe(true);
					return;
				}
				const after = result.text;
				const markers = reviewMarkers(new LineIndex(after));
				expect(markers.sections).toHaveLength(1);
				expect(markers.unpaired).toEqual([]);
				if (found.sections.length === 1) expect(around(after)).toEqual(around(before));
				else expect(after.startsWith(before)).toBe(true);
				expect(after.startsWith("\uFEFF")).toBe(before.startsWith("\uFEFF"));
				expect(replaceReviewSection(after, md)).toEqual({ ok: true, text: after });
			}),
			{ numRuns: 200 },
		);
	});

	it("never refuses a note without markers that ends outside code", () => {
		fc.assert(
			fc.property(fc.array(text, { maxLength: 8 }), review, (lines, md) => {
				const before = lines.map((l) => l.replace(/[`~]/g, "")).join("\n");
				expect(replaceReviewSection(before, md).ok).toBe(true);
			}),
			{ numRuns: 100 },
		);
	});
});
