/** A calendar day as written in notes and JSON: `YYYY-MM-DD`. Never a Date, so no time zone can shift it. */
export type IsoDay = string;
