/** Every text of the plugin's UI. German and English share this type: a missing key fails to compile. */
export interface UiStrings {
	dossierView: string;
	commands: { openDossierView: string; insertDossierBlock: string; rebuildIndex: string };
	status: {
		indexing(done: number, total: number): string;
		counts(customers: number, open: number, vague: number): string;
		tooltip: string;
	};
	card: {
		noActiveNote: string;
		notCustomer: string;
		notCustomerHint: string;
		indexing: string;
		model(name: string): string;
		computedDiffers(abc: string, share: string): string;
		computedTitle(rank: number, share: string, cumulative: string): string;
		noAbc: string;
		skipped: string;
		movedBack: string;
		current: string;
		facts: Record<FactKey, string>;
		missing: Record<FactKey, string>;
		contacts: string;
		noContacts: string;
		birthday(date: string): string;
		lastContact: string;
		nextActivity: string;
		noLastContact: string;
		noNextActivity: string;
		problems: string;
		noProblems: string;
		openLine: string;
	};
	settings: {
		customers: string;
		customerFolders: { name: string; desc: string };
		customerMarkers: { name: string; desc: string; invalid: string };
		phaseModels: string;
		defaultPhaseModel: { name: string; desc: string };
		customModels: { name: string; desc: string; placeholder: string; invalid(line: number, reason: string): string };
		abc: string;
		abcThresholds: { name: string; desc: string; invalid: string };
		contactIntervals: { name: string; desc: string; invalid: string };
		dailyNotes: string;
		dailyNoteFormat: { name: string; desc: string; fromCore: string };
		dailyNoteFolder: { name: string; desc: string };
		vagueness: string;
		extraVaguePhrases: { name: string; desc: string };
		display: string;
		language: { name: string; desc: string; auto: string };
		explorerTags: { name: string; desc: string };
		birthdayDays: { name: string; desc: string; invalid: string };
	};
}

export type FactKey = "strategy" | "decisionMakers" | "supporters" | "needs" | "motives" | "relationship" | "obstacles" | "revenue" | "potential";
