import type { IsoDay } from "./day";

export type AbcClass = "A" | "B" | "C";

export interface PhaseStep {
	phase: string;
	/** `YYYY-MM-DD` when written as a day; otherwise as written ("" when missing). */
	date: string;
}

export interface Problem {
	code: string;
	message: string;
}

export interface ActivityRef {
	path: string;
	line: number;
	date: IsoDay;
}

/** The CONTRACT's `customers[]` entry. */
export interface CustomerSummary {
	path: string;
	name: string;
	abc: AbcClass | null;
	abcComputed: AbcClass | null;
	/** The class it is treated as: `abc`, else `abcComputed`, lifted to A by potential. */
	abcEffective: AbcClass | null;
	/** The day the next contact is due (last contact + interval); null before the first contact. */
	contactDue: IsoDay | null;
	phaseModel: string;
	phase: string | null;
	phaseHistory: PhaseStep[];
	lastContact: IsoDay | null;
	nextActivity: ActivityRef | null;
	problems: Problem[];
}
