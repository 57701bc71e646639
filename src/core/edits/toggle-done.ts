import type { IsoDay } from "../model/day";
import { isBlank } from "../text/blanks";
import { joinLine, splitLine } from "./line-parts";

const DATE = /^\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}/u;

/**
 * Done ⇄ open in the Tasks plugin's format: `- [ ] x` becomes `- [x] x ✅ 2026-11-23`, and back
 * without the ✅ date. An item without a checkbox gets one. Only the checkbox and the date change, so
 * ticking an open task and unticking it gives back its bytes. Null for a line that is no list item.
 */
export function toggleDone(line: string, today: IsoDay): string | null {
	const parts = splitLine(line);
	if (!parts) return null;
	const text = withoutDoneDates(parts.text);
	if (parts.checkbox === "x" || parts.checkbox === "X") return joinLine({ ...parts, checkbox: " ", text });
	// An open task that already names a done date would keep the old one as the first Tasks reads.
	return joinLine({ ...parts, checkbox: "x", text: `${text} ✅ ${today}` });
}

/** The text without its `✅ date` fields and the blanks before each; searched by position, linear in the line. */
function withoutDoneDates(text: string): string {
	let out = "";
	let from = 0;
	for (let at = text.indexOf("✅"); at !== -1; at = text.indexOf("✅", at + 1)) {
		const date = DATE.exec(text.slice(at + 1, at + 24));
		if (!date) continue;
		let start = at;
		while (start > from && isBlank(text.charCodeAt(start - 1))) start--;
		out += text.slice(from, start);
		from = at + 1 + date[0].length;
	}
	return out + text.slice(from);
}
