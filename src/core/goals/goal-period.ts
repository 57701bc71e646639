import { readDay } from "../dossier/values";
import type { GoalMessages } from "../i18n/goal-messages";
import type { IsoDay } from "../model/day";
import { PERIOD_KEYS } from "./goal-kinds";
import { shownValue, writtenValue } from "./goal-keys";
import type { GoalProblem } from "./goals-spec";

export interface GoalPeriod {
	from: IsoDay;
	to: IsoDay;
}

const DAY = String.raw`(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})`;
const RANGE = new RegExp(String.raw`^\s*${DAY}\s*(?:–|—|-|bis|to)\s*${DAY}\s*$`, "i");

/**
 * The goals' period: `von`/`bis` (`from`/`to`), else `zeitraum` (`period`) as a year or two days.
 * Each unreadable value is a problem naming its key; so is a period that ends before it starts.
 */
export function readPeriod(data: Record<string, unknown>, written: readonly string[], t: GoalMessages, problems: GoalProblem[]): GoalPeriod | null {
	const from = writtenValue(data, written, PERIOD_KEYS.from);
	const to = writtenValue(data, written, PERIOD_KEYS.to);
	const period = writtenValue(data, written, PERIOD_KEYS.period);
	if (!from && !to && period) return periodValue(period.key, period.value, t, problems);
	if (!from || !to) {
		problems.push({ key: from ? "bis" : "von", message: t.noPeriod() });
		return null;
	}
	const fromDay = readDay(from.value);
	const toDay = readDay(to.value);
	if (fromDay === null) problems.push({ key: from.key, message: t.notADay(from.key, shownValue(from.value)) });
	if (toDay === null) problems.push({ key: to.key, message: t.notADay(to.key, shownValue(to.value)) });
	if (fromDay === null || toDay === null) return null;
	if (toDay < fromDay) {
		problems.push({ key: to.key, message: t.endBeforeStart(from.key, fromDay, to.key, toDay) });
		return null;
	}
	return { from: fromDay, to: toDay };
}

function periodValue(key: string, value: unknown, t: GoalMessages, problems: GoalProblem[]): GoalPeriod | null {
	const text = shownValue(value).trim();
	if (/^\d{4}$/.test(text)) return { from: `${text}-01-01`, to: `${text}-12-31` };
	const m = RANGE.exec(text);
	const from = m ? readDay(m[1]) : null;
	const to = m ? readDay(m[2]) : null;
	if (from === null || to === null) {
		problems.push({ key, message: t.notAPeriod(key, text) });
		return null;
	}
	if (to < from) {
		problems.push({ key, message: t.endBeforeStart(key, from, key, to) });
		return null;
	}
	return { from, to };
}
