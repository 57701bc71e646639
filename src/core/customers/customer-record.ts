import type { AbcResult } from "../abc/analysis";
import type { Dossier } from "../dossier/dossier";
import type { Activity } from "../model/activity";
import type { CustomerSummary } from "../model/customer";

/** A customer as the index holds it: the CONTRACT's fields plus what views show. */
export interface CustomerRecord extends CustomerSummary {
	basename: string;
	dossier: Dossier;
	/** The model's display names and its phases in order, for the timeline. */
	phaseModelName: { de: string; en: string };
	phaseNames: string[];
	/** The phases as shown in each language (English names where the model has them), in model order. */
	phaseLabels: { de: string[]; en: string[] };
	/** Index of the current phase in `phaseNames`, or -1. */
	phaseIndex: number;
	/** The revenue analysis for this customer, when it has a revenue. */
	abcAnalysis: AbcResult | null;
	/** Days between contacts that apply (dossier, else class), or null without either. */
	contactInterval: number | null;
	/** The next activity's text as a reader sees it (`nextActivity` holds where it is). */
	nextActivityText: string | null;
	/** The latest contacts (done tasks and logs), newest first, at most `RECENT_CONTACTS`. */
	recentContacts: Activity[];
	/** Person notes that stand for this customer (`typ: person`, or `firma` linking it), by name. */
	persons: Array<{ path: string; name: string }>;
}
