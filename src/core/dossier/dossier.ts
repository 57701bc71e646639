/** What the frontmatter says about a customer, read but not yet judged. */
export interface Contact {
	name: string;
	role: string | null;
	/** `YYYY-MM-DD`, or `--MM-DD` when only day and month are known. */
	birthday: string | null;
	phone: string | null;
	email: string | null;
}

/** A value that is set but cannot be read, with the key and the text as written, for the problem's message. */
export interface DossierFlaw {
	code: "amount-unreadable" | "invalid-value";
	key: string;
	value: string;
	/** The contact a value belongs to (a birthday), else null. */
	contact: string | null;
}

export interface Dossier {
	name: string | null;
	status: string | null;
	/** `abc` as written (validated later). */
	abc: unknown;
	phase: string | null;
	phases: unknown;
	phaseModel: string | null;
	strategy: string | null;
	decisionMakers: string[];
	supporters: string[];
	contacts: Contact[];
	needs: string | null;
	motives: string[];
	relationship: string | null;
	obstacles: string | null;
	revenue: number | null;
	potential: number | null;
	contactInterval: number | null;
	created: string | null;
	/** Values set but unreadable, in the order of the fields. */
	flaws: DossierFlaw[];
}
