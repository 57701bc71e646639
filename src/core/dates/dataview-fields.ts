import type { IsoDay } from "../model/day";
import { slug } from "../text/fold";

/**
 * Dataview inline fields that hold an activity's dates: `[fällig:: 2026-12-01]`, `(due:: morgen)`.
 * The value may be written in any date form; the caller's parser reads it.
 */
const KEYS: Record<string, "due" | "scheduled" | "start" | "done"> = {
	faellig: "due", due: "due", termin: "due", datum: "due", date: "due", deadline: "due", frist: "due", bis: "due",
	geplant: "scheduled", scheduled: "scheduled",
	start: "start", beginn: "start",
	erledigt: "done", completion: "done", completed: "done", done: "done", abgeschlossen: "done",
};

const FIELD = /[[(]\s*([^\][():]+?)\s*::\s*([^\][()]*?)\s*[\])]/gu;

export interface FieldDates {
	due: IsoDay | null;
	scheduled: IsoDay | null;
	start: IsoDay | null;
	done: IsoDay | null;
	rest: string;
}

export function dataviewDates(text: string, parseValue: (value: string) => IsoDay | null): FieldDates {
	const out: FieldDates = { due: null, scheduled: null, start: null, done: null, rest: text };
	if (!text.includes("::")) return out;
	out.rest = text.replace(FIELD, (all, key: string, value: string) => {
		const field = KEYS[slug(key)];
		if (!field) return all;
		if (out[field] === null) out[field] = parseValue(value);
		return " ";
	});
	return out;
}
