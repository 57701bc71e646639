import { joinLine, splitLine } from "./line-parts";

/** Replaces an item's text and keeps its prefix (quote, indentation, marker, checkbox) and block id. */
export function rewriteText(line: string, text: string): string | null {
	const parts = splitLine(line);
	if (!parts || !text.trim()) return null;
	return joinLine({ ...parts, text: text.trim().replace(/\r?\n/g, " ") });
}
