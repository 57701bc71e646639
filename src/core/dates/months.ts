/** Month names and abbreviations, German and English, mapped to 1-12. Keys are lower case. */
const NAMES: Array<[number, string[]]> = [
	[1, ["januar", "jänner", "jan", "january"]],
	[2, ["februar", "feb", "february"]],
	[3, ["märz", "maerz", "mär", "march", "mar"]],
	[4, ["april", "apr"]],
	[5, ["mai", "may"]],
	[6, ["juni", "jun", "june"]],
	[7, ["juli", "jul", "july"]],
	[8, ["august", "aug"]],
	[9, ["september", "sept", "sep"]],
	[10, ["oktober", "okt", "october", "oct"]],
	[11, ["november", "nov"]],
	[12, ["dezember", "dez", "december", "dec"]],
];

export const MONTHS: ReadonlyMap<string, number> = new Map(NAMES.flatMap(([n, names]) => names.map((name) => [name, n])));

/** Alternation for regular expressions, longest first so `juni` wins over `jun`. */
export const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|");
