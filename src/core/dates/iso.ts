import { parseIsoDay } from "./day";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";

/** `2026-11-23`, also inside `[[2026-11-23]]`; a longer digit run or an impossible day is no date. */
const ISO = bounded("\\d-", /(\d{4}-\d{2}-\d{2})(?!\d)/g);

export const isoParser: DateParser = {
	patterns: [ISO.body],
	name: "iso",
	find: (text) =>
		scan(text, ISO, (m) => {
			const date = m.groups[0] ?? "";
			return parseIsoDay(date) ? { date, index: m.index, length: m.length, end: null, yearWritten: true, relative: false, source: "iso" } : null;
		}),
};
