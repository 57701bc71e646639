/** A phase model as data: built-in ones and the user's own have the same shape. */
export interface PhaseDef {
	/** Canonical (German) name, as written into dossiers and shown in the timeline. */
	name: string;
	/** The name English output shows (also one of the aliases); without it, `name` is shown in English too. */
	en?: string;
	/** Other names that mean this phase (English, spelling variants). */
	aliases: string[];
	/** Signals that a customer is ready for this phase (shown before advancing into it). */
	signals?: { de: string[]; en: string[] };
}

export interface PhaseModel {
	id: string;
	name: { de: string; en: string };
	aliases: string[];
	phases: PhaseDef[];
}
