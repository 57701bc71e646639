import type { IsoDay } from "../model/day";
import type { FoundDate } from "./found";

/** One small parser in the style of chrono-node: finds every date of its own form in a text. */
export interface DateParser {
	name: string;
	find(text: string, reference: IsoDay): FoundDate[];
}

/** Runs a global regular expression and maps each match, dropping the ones that give no date. */
export function scan(text: string, pattern: RegExp, toDate: (m: RegExpExecArray) => FoundDate | null): FoundDate[] {
	const found: FoundDate[] = [];
	pattern.lastIndex = 0;
	for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
		const f = toDate(m);
		if (f) found.push(f);
	}
	return found;
}
