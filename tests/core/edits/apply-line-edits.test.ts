import { describe, expect, it } from "vitest";
import { applyLineEdits } from "../../../src/core/edits/apply-line-edits";
import { addDueDate } from "../../../src/core/edits/add-due-date";

const pin = (date: string) => (raw: string) => addDueDate(raw, date);
const NOTE = "---\r\ntyp: kunde\r\n---\r\n- [ ] morgen anrufen\r\nText\n- nächsten Dienstag Muster zeigen ^m\n- [ ] morgen anrufen\n";

describe("editing several lines at once", () => {
	it("changes every line, each verified, and keeps every other byte", () => {
		const result = applyLineEdits(NOTE, [
			{ target: { line: 4, raw: "- [ ] morgen anrufen", twins: 2 }, edit: pin("2026-11-24") },
			{ target: { line: 6, raw: "- nächsten Dienstag Muster zeigen ^m", twins: 1 }, edit: pin("2026-12-01") },
			{ target: { line: 7, raw: "- [ ] morgen anrufen", twins: 2 }, edit: pin("2026-11-24") },
		]);
		expect(result).toEqual({
			ok: true,
			text: "---\r\ntyp: kunde\r\n---\r\n- [ ] morgen anrufen 📅 2026-11-24\r\nText\n- nächsten Dienstag Muster zeigen 📅 2026-12-01 ^m\n- [ ] morgen anrufen 📅 2026-11-24\n",
			changes: [
				{ index: 3, raw: "- [ ] morgen anrufen", next: "- [ ] morgen anrufen 📅 2026-11-24" },
				{ index: 5, raw: "- nächsten Dienstag Muster zeigen ^m", next: "- nächsten Dienstag Muster zeigen 📅 2026-12-01 ^m" },
				{ index: 6, raw: "- [ ] morgen anrufen", next: "- [ ] morgen anrufen 📅 2026-11-24" },
			],
		});
	});

	it("refuses all when any line changed, and counts them", () => {
		const edited = NOTE.replace("Dienstag Muster", "Dienstag die Muster");
		const result = applyLineEdits(edited, [
			{ target: { line: 4, raw: "- [ ] morgen anrufen", twins: 2 }, edit: pin("2026-11-24") },
			{ target: { line: 6, raw: "- nächsten Dienstag Muster zeigen ^m", twins: 1 }, edit: pin("2026-12-01") },
			{ target: { line: 8, raw: "- [ ] gibt es nicht", twins: 1 }, edit: pin("2026-12-01") },
		]);
		expect(result).toEqual({ ok: false, refused: 2 });
	});

	it("refuses two edits of one line", () => {
		const target = { line: 6, raw: "- nächsten Dienstag Muster zeigen ^m", twins: 1 };
		expect(
			applyLineEdits(NOTE, [
				{ target, edit: pin("2026-12-01") },
				{ target: { ...target, line: 5 }, edit: pin("2026-12-01") },
			]),
		).toEqual({ ok: false, refused: 1 });
	});

	it("with nothing to do, gives the text back", () => {
		expect(applyLineEdits(NOTE, [])).toEqual({ ok: true, text: NOTE, changes: [] });
	});
});
