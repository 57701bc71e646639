/** Weekday names, German and English, to ISO weekday numbers (Monday 1 … Sunday 7). */
const NAMES: Array<[number, string[]]> = [
	[1, ["montag", "monday", "mo.", "mon."]],
	[2, ["dienstag", "tuesday", "di.", "tue.", "tues."]],
	[3, ["mittwoch", "wednesday", "mi.", "wed."]],
	[4, ["donnerstag", "thursday", "do.", "thu.", "thur.", "thurs."]],
	[5, ["freitag", "friday", "fr.", "fri."]],
	[6, ["samstag", "sonnabend", "saturday", "sa.", "sat."]],
	[7, ["sonntag", "sunday", "so.", "sun."]],
];

export const WEEKDAYS: ReadonlyMap<string, number> = new Map(NAMES.flatMap(([n, names]) => names.map((name) => [name, n])));

/** Full names only (abbreviations need their dot and are matched separately). */
export const WEEKDAY_NAMES = NAMES.flatMap(([, names]) => names.filter((n) => !n.endsWith("."))).join("|");
export const WEEKDAY_ABBREVIATIONS = NAMES.flatMap(([, names]) => names.filter((n) => n.endsWith(".")).map((n) => n.replace(".", "\\."))).join("|");
