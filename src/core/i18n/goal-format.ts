import type { GoalUnit } from "../model/goal";
import type { Lang } from "./lang";

const FORMATS = {
	de: { whole: new Intl.NumberFormat("de-DE", { maximumFractionDigits: 0 }), one: new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 }) },
	en: { whole: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }), one: new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }) },
};

/** A goal's number as people read it: `1.600.000 €`, `25 %`, `4,2`; `–` when unknown. */
export function goalNumber(value: number | null, unit: GoalUnit, lang: Lang): string {
	if (value === null) return "–";
	const f = FORMATS[lang];
	switch (unit) {
		case "amount":
			return lang === "de" ? `${f.whole.format(value)} €` : `€${f.whole.format(value)}`;
		case "percent":
			return `${f.whole.format(value)} %`;
		case "count":
			return f.one.format(value);
		case "rate":
			return f.one.format(value);
	}
}

/** How much is reached: `20 %`, rounded down so 99,6 % never reads as done. */
export function goalPercent(percent: number | null): string {
	return percent === null ? "–" : `${Math.floor(percent)} %`;
}
