import { isBlank } from "../text/blanks";

const DATE = /^\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}/u;

/**
 * The text without its date fields of the given emoji (`✅ 2026-11-23`) and the blanks before each;
 * searched by position, so linear in the line even with long runs of blanks.
 */
export function withoutDateFields(text: string, emoji: readonly string[]): string {
	const at = (from: number) => Math.min(...emoji.map((e) => text.indexOf(e, from)).map((i) => (i === -1 ? Infinity : i)));
	let out = "";
	let from = 0;
	for (let start = at(0); start !== Infinity; start = at(start + 1)) {
		const mark = emoji.find((e) => text.startsWith(e, start)) as string;
		const date = DATE.exec(text.slice(start + mark.length, start + mark.length + 24));
		if (!date || start < from) continue;
		let cut = start;
		while (cut > from && isBlank(text.charCodeAt(cut - 1))) cut--;
		out += text.slice(from, cut);
		from = start + mark.length + date[0].length;
	}
	return out + text.slice(from);
}
