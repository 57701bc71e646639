import { slug } from "../text/fold";
import { DATAVIEW_DATE_FIELDS as KEYS } from "../text/tasks-symbols";

/**
 * Dataview inline fields that hold an activity's dates: `[fällig:: 2026-12-01]`, `(due:: morgen)`.
 * The value may be written in any date form; the caller's parser reads it. `created::` and
 * `cancelled::` are taken out of the text unread: they are never the activity's date.
 */

const FIELD = /[[(]\s*([^\][():]+?)\s*::\s*([^\][()]*?)\s*[\])]/gu;

export interface FieldDates<T> {
	due: T | null;
	scheduled: T | null;
	start: T | null;
	done: T | null;
	rest: string;
}

/** `parseValue` is also told where the value starts in `text` (so an edit can replace it where it stands). */
export function dataviewDates<T>(
	text: string,
	parseValue: (value: string, at: number) => T | null,
	blank: (field: string) => string = () => " ",
): FieldDates<T> {
	const out: FieldDates<T> = { due: null, scheduled: null, start: null, done: null, rest: text };
	if (!text.includes("::")) return out;
	out.rest = text.replace(FIELD, (all, key: string, value: string, offset: number) => {
		const field = KEYS[slug(key)];
		if (!field) return all;
		if (field !== "never" && out[field] === null) out[field] = parseValue(value, offset + valueStart(all));
		return blank(all);
	});
	return out;
}

/** Where the value starts in a field as matched: after the first `::` (a key holds no colon) and the blanks after it. */
function valueStart(field: string): number {
	const after = field.indexOf("::") + 2;
	const rest = field.slice(after);
	return after + rest.length - rest.trimStart().length;
}
