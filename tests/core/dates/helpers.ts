import { createDateExtractor, type LineDates } from "../../../src/core/dates/extract";

/** Monday. Every expectation of the date tests counts from this reference unless it names another. */
export const REF = "2026-11-23";
export const dates = createDateExtractor();

/** What a line says: its first day, last day (or null), and whether it counts from the reference. */
export function read(text: string, reference = REF, openTask = false): Pick<LineDates, "date" | "dateEnd" | "relative"> {
	const { date, dateEnd, relative } = dates.extract(text, reference, { openTask });
	return { date, dateEnd, relative };
}

/** The line's date and last day, as `date` or `date…end`. */
export function span(text: string, reference = REF, openTask = false): string | null {
	const { date, dateEnd } = dates.extract(text, reference, { openTask });
	return date && dateEnd ? `${date}…${dateEnd}` : date;
}
