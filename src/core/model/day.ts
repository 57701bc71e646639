/** A calendar day as written in notes and JSON: `YYYY-MM-DD`. Never a Date, so no time zone can shift it. */
export type IsoDay = string;

/** The clock is passed in, never read: everything in core is a pure function of its inputs. */
export interface Clock {
	/** The day the analysis is made for ("today"). */
	today: IsoDay;
}
