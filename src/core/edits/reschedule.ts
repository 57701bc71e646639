import type { IsoDay } from "../model/day";
import { joinLine, splitLine } from "./line-parts";

const DUE = /(?:📅|📆|🗓\uFE0F?)\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}/u;

/** Sets the Tasks due date: replaces an existing `📅 …`, else appends one. Null for a line that is no list item. */
export function setDueDate(line: string, date: IsoDay): string | null {
	const parts = splitLine(line);
	if (!parts) return null;
	const text = DUE.test(parts.text) ? parts.text.replace(DUE, `📅 ${date}`) : `${parts.text} 📅 ${date}`;
	return joinLine({ ...parts, text });
}
