import { yearOf } from "../dates/day";
import type { IsoDay } from "../model/day";

const YEAR = /\{\{\s*(?:jahr|year)\s*\}\}/gi;
const HAS_YEAR = /\{\{\s*(?:jahr|year)\s*\}\}/i;

/**
 * The paths the goals note may have on `day`, in the order to try: with a year placeholder this
 * year's note, then next year's (goals are often written ahead, in November for the coming year).
 */
export function goalsNoteCandidates(setting: string, day: IsoDay): string[] {
	const path = withExtension(setting.trim().replace(/^\/+/, ""));
	if (!HAS_YEAR.test(path)) return path ? [path] : [];
	const year = yearOf(day);
	return [path.replace(YEAR, String(year)), path.replace(YEAR, String(year + 1))];
}

/** The note to create for `day`: this year's where the path has a placeholder. */
export function goalsNoteToCreate(setting: string, day: IsoDay): string | null {
	return goalsNoteCandidates(setting, day)[0] ?? null;
}

function withExtension(path: string): string {
	return path === "" || /\.md$/i.test(path) ? path : `${path}.md`;
}
