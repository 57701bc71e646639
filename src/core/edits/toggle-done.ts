import type { IsoDay } from "../model/day";
import { joinLine, splitLine } from "./line-parts";

const DONE_DATE = /\s*✅\uFE0F?\s*\d{4}-\d{2}-\d{2}/gu;

/**
 * Done ⇄ open in the Tasks plugin's format: `- [ ] x` becomes `- [x] x ✅ 2026-11-23`, and back
 * without the ✅ date. An item without a checkbox gets one. Null for a line that is no list item.
 */
export function toggleDone(line: string, today: IsoDay): string | null {
	const parts = splitLine(line);
	if (!parts) return null;
	if (parts.checkbox === "x" || parts.checkbox === "X") {
		return joinLine({ ...parts, checkbox: " ", text: parts.text.replace(DONE_DATE, "") });
	}
	return joinLine({ ...parts, checkbox: "x", text: `${parts.text.replace(DONE_DATE, "")} ✅ ${today}` });
}
