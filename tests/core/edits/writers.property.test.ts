import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDateExtractor } from "../../../src/core/dates/extract";
import { addActivityLine } from "../../../src/core/edits/add-activity";
import { applyLineEdit } from "../../../src/core/edits/apply-line-edit";
import { applyLineEdits } from "../../../src/core/edits/apply-line-edits";
import { readNoteLines } from "../../../src/core/text/note-lines";
import { addDueDate } from "../../../src/core/edits/add-due-date";
import { setDueDate } from "../../../src/core/edits/reschedule";
import { rewriteText } from "../../../src/core/edits/rewrite-text";
import { toggleDone } from "../../../src/core/edits/toggle-done";
import { scanNote } from "../../../src/core/markdown/scan";
import { LineIndex } from "../../../src/core/text/line-index";

const TODAY = "2026-11-23";
const RUNS = { numRuns: 200 };
const DATES = createDateExtractor();

const word = fc.constantFrom(
	"Anruf",
	"morgen",
	"❌ 2026-11-21",
	"Herrn",
	"Meier",
	"bitten",
	"📅 2026-11-25",
	"⏳ 2026-11-24",
	"✅ 2026-11-20",
	"[[Kunde]]",
	"[fällig:: 2026-11-27]",
	"am 3.12.",
	"on 23 November",
	"^abc1",
	"ä",
	"a\rb",
	"`x`",
	"*",
);
const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));
const lead = fc.constantFrom("- ", "* ", "+ ", "1. ", "  - ", "\t- ", "> - ", ">  > * ", "-  ");
const box = fc.constantFrom("", "[ ] ", "[x] ", "[X] ", "[-] ", "[ ]\t", "[ ]  ");
const trail = fc.constantFrom("", " ", "\t ", " ^id-1", " ^abc1  ");
const item = fc.tuple(lead, box, text, trail).map((p) => p.join(""));
const other = fc.constantFrom(
	"",
	"Prosa",
	"## Aktivitäten",
	"# Activities",
	"### Aktivitäten ##",
	"## Notizen",
	"```",
	"~~~",
	"````md",
	"---",
	"# Aktivitäten",
	"%% kundendossier-review:start %%",
	"%% kundendossier-review:end %%",
	"   ",
	"- [ ] Anruf",
	"- [ ] Anruf",
);
const line = fc.oneof({ arbitrary: item, weight: 3 }, { arbitrary: other, weight: 2 });
const frontmatter = fc.constantFrom<string[]>([], ["---", "typ: kunde", "# Aktivitäten", "---"], ["---", "a: 1", "---"]);

/** A note: BOM or not, frontmatter or not, lines with LF or CRLF each, the last with or without one. */
const note = fc
	.tuple(fc.boolean(), frontmatter, fc.array(line, { maxLength: 14 }), fc.array(fc.constantFrom("\n", "\r\n"), { minLength: 20, maxLength: 20 }), fc.boolean())
	.map(([bom, fm, body, endings, lastEnds]) => {
		const lines = [...fm, ...body];
		return (bom ? "\uFEFF" : "") + lines.map((l, i) => l + (i < lines.length - 1 || lastEnds ? (endings[i] as string) : "")).join("");
	});

/** What the index would hand a writer for line `n` (1-based): the line and how many items read like it. */
function indexed(text: string, n: number) {
	const raw = readNoteLines(text).lines[n - 1] ?? "";
	const twins = scanNote(new LineIndex(text)).items.filter((i) => i.raw === raw).length;
	return { line: n, raw, twins };
}

const writers: Array<[string, (raw: string) => string | null]> = [
	["toggle done", (raw) => toggleDone(raw, TODAY)],
	["reschedule", (raw) => setDueDate(raw, "2026-12-01", DATES, TODAY)],
	["rewrite", (raw) => rewriteText(raw, "Herrn Meier anrufen ^abc1 📅 2026-12-02")],
	["add due date", (raw) => addDueDate(raw, "2026-11-24")],
];

describe("line writers on generated notes", () => {
	it.each(writers)("%s refuses or changes only its target line; every other byte stays", (_name, edit) => {
		fc.assert(
			fc.property(note, fc.nat(20), fc.nat(20), (text, target, stale) => {
				// The target as indexed, or as read from another line (a stale index).
				const read = indexed(text, (target % 20) + 1);
				const result = applyLineEdit(text, { ...read, line: (stale % 3 === 0 ? stale : target % 20) + 1 }, edit);
				if (!result.ok) return;
				const [before, after] = [readNoteLines(text), readNoteLines(result.text)];
				expect(after.bom).toBe(before.bom);
				expect(after.endings).toEqual(before.endings);
				expect(before.lines[result.line - 1]).toBe(read.raw);
				expect(after.lines.filter((_l, i) => i !== result.line - 1)).toEqual(before.lines.filter((_l, i) => i !== result.line - 1));
				expect(scanNote(new LineIndex(text)).items.some((i) => i.index === result.line - 1)).toBe(true);
			}),
			RUNS,
		);
	});

	it("pinning several lines at once changes exactly the lines asked for, or nothing", () => {
		fc.assert(
			fc.property(note, fc.uniqueArray(fc.nat(19), { maxLength: 5 }), fc.nat(20), (text, targets, stale) => {
				const reads = targets.map((n) => indexed(text, n + 1));
				// Now and then one target is read from another line (a stale index).
				if (reads[0] && stale % 3 === 0) reads[0] = { ...reads[0], line: stale + 1 };
				const result = applyLineEdits(
					text,
					reads.map((target) => ({ target, edit: (raw: string) => addDueDate(raw, "2026-11-24") })),
				);
				if (!result.ok) return void expect(result.refused).toBeGreaterThan(0);
				const [before, after] = [readNoteLines(text), readNoteLines(result.text)];
				expect(after.bom).toBe(before.bom);
				expect(after.endings).toEqual(before.endings);
				const changed = new Set(result.changes.map((c) => c.index));
				expect(changed.size).toBe(reads.length);
				expect(after.lines.filter((_l, i) => !changed.has(i))).toEqual(before.lines.filter((_l, i) => !changed.has(i)));
				for (const c of result.changes) expect([before.lines[c.index], after.lines[c.index]]).toEqual([c.raw, c.next]);
			}),
			RUNS,
		);
	});

	it("ticking an open task and unticking it gives back the note's bytes", () => {
		const open = fc
			.tuple(
				lead,
				fc.constantFrom("[ ] ", "[ ]\t", "[ ]  "),
				text.filter((t) => !t.includes("✅")),
				trail,
			)
			.map((p) => p.join(""));
		fc.assert(
			fc.property(note, open, (text, task) => {
				// The task goes after a blank line at the end, with its own ending.
				const withTask = text + (text && !/\n$/.test(text) ? "\n" : "") + "\n" + task + "\r\n";
				const first = applyLineEdit(withTask, indexed(withTask, readNoteLines(withTask).lines.length - 1), (raw) => toggleDone(raw, TODAY));
				if (!first.ok) return; // the generated note left a fence open: the task is code
				const second = applyLineEdit(first.text, indexed(first.text, first.line), (raw) => toggleDone(raw, TODAY));
				expect(second).toMatchObject({ ok: true, text: withTask });
			}),
			RUNS,
		);
	});

	it("adding an activity inserts exactly one line under a real activities heading, or appends a section; nothing else changes", () => {
		const added = "- [ ] Herrn Meier anrufen 📅 2026-12-02";
		fc.assert(
			fc.property(note, (text) => {
				const result = addActivityLine(text, added);
				// Refused only where no heading is found and an appended line would be code.
				if (result === null) return void expect(scanNote(new LineIndex(`${text}\n\n${added}\n`)).items.some((i) => i.raw === added)).toBe(false);
				const [before, after] = [readNoteLines(text), readNoteLines(result)];
				expect(after.bom).toBe(before.bom);
				const at = after.lines.lastIndexOf(added);
				const scanned = scanNote(new LineIndex(result));
				expect(scanned.items.some((i) => i.index === at)).toBe(true);
				const heading = [...scanned.headings].reverse().find((h) => h.index < at);
				expect(heading?.text).toMatch(/^(aktivitäten|activities)$/i);
				if (result.startsWith(text) && after.lines.length > before.lines.length + 1) return; // a new section at the end
				expect(after.lines.length).toBe(before.lines.length + 1);
				expect(after.lines.filter((_l, i) => i !== at)).toEqual(before.lines);
				const endings = after.endings.filter((_e, i) => i !== at);
				// Only a last line without an ending gets one, when the new line goes after it.
				expect(endings.filter((e, i) => e !== before.endings[i])).toEqual(before.endings[at - 1] === "" ? [after.endings[at - 1]] : []);
			}),
			RUNS,
		);
	});
});
