import type { Lang } from "../i18n/lang";
import { fold } from "../text/fold";

/** Month and weekday names as Obsidian's moment writes them in German and English (Sunday first). */
export interface DailyNames {
	months: readonly string[];
	monthsShort: readonly string[];
	weekdays: readonly string[];
	weekdaysShort: readonly string[];
	weekdaysMin: readonly string[];
	ordinal(day: number): string;
}

const ENGLISH_SUFFIX = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th"));

export const DAILY_NAMES: Record<Lang, DailyNames> = {
	de: {
		months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
		monthsShort: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."],
		weekdays: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
		weekdaysShort: ["So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."],
		weekdaysMin: ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
		ordinal: (n) => `${n}.`,
	},
	en: {
		months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
		monthsShort: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
		weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
		weekdaysShort: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
		weekdaysMin: ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"],
		ordinal: (n) => `${n}${ENGLISH_SUFFIX(n)}`,
	},
};

/** Folded month names and abbreviations of both languages (`maerz`, `mrz`, `march`, `sept`…) → 1–12; filled at load, read only after. */
const MONTHS = new Map<string, number>();
for (const names of Object.values(DAILY_NAMES)) {
	names.months.forEach((name, i) => MONTHS.set(fold(name), i + 1));
	names.monthsShort.forEach((name, i) => MONTHS.set(fold(name).replace(/\.$/, ""), i + 1));
}
MONTHS.set("mrz", 3);
MONTHS.set("sept", 9);

/** The month of a folded name, with or without its abbreviation's dot. */
export function monthByName(folded: string): number | null {
	return MONTHS.get(folded.replace(/\.$/, "")) ?? null;
}
