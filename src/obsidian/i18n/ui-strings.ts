import type { FrontmatterRefusal } from "../../core/api";
import type { OverviewStrings } from "./overview-strings";
import type { GoalsUi } from "./ui-goals";

/** Every text of the plugin's UI. German and English share this type: a missing key fails to compile. */
export interface UiStrings {
	dossierView: string;
	commands: {
		openDossierView: string;
		insertDossierBlock: string;
		rebuildIndex: string;
		openTaskView: string;
		insertReview: string;
		lintVault: string;
		addActivity: string;
		logContact: string;
		newCustomer: string;
		advancePhase: string;
		setPhase: string;
		restart: string;
		setAbc: string;
		computeAbc: string;
	};
	newCustomer: {
		title: string;
		name: string;
		company: string;
		abc: string;
		none: string;
		model: string;
		phase: string;
		status: string;
		create: string;
		exists(path: string): string;
		nameMissing: string;
	};
	phase: {
		advanceTitle(from: string, to: string): string;
		setTitle: string;
		restartTitle(first: string): string;
		signals: string;
		noSignals: string;
		date: string;
		reason: string;
		reasonPlaceholder: string;
		target: string;
		apply: string;
		skip(skipped: string): string;
		same: string;
		invalidDate: string;
	};
	abc: {
		setTitle: string;
		analysisTitle: string;
		columns: { customer: string; revenue: string; share: string; cumulative: string; written: string; computed: string };
		apply(n: number): string;
		noRevenue: string;
	};
	frontmatter: { refused: Record<FrontmatterRefusal, string> };
	lint: { title: string; none: string; summary(problems: number, customers: number, unreadable: number): string };
	/** "Kundenbasis anlegen": the command and what its notice says. */
	bases: { command: string; exists(path: string): string; created(path: string): string; failed(path: string, reason: string): string };
	goals: GoalsUi;
	/** The calendar and table exports: their commands and what the notice says. */
	exports: { calendarCommand: string; tableCommand: string; written(path: string): string; failed(path: string, reason: string): string };
	/** Why "Tagesreview einfügen" left the daily note as it was. */
	/** Shown instead of a `kundenreview` block that would render inside a review. */
	reviewBlockNested: string;
	addActivity: {
		title(customer: string): string;
		text: string;
		placeholder: string;
		resolved(date: string): string;
		noDate: string;
		save: string;
		pickCustomer: string;
		heading: string;
		/** The note ends inside code or an unclosed section: an added line would be no activity. */
		refused: string;
	};
	logContact: {
		title(customer: string): string;
		kind: string;
		kinds: Record<ContactKind, string>;
		note: string;
		notePlaceholder: string;
		time: string;
		timeDesc: string;
		/** The time field holds no time. */
		badTime: string;
		save: string;
		pickCustomer: string;
		/** The customer note's heading for logged contacts, when it has none. */
		heading: string;
		/** The note ends inside code or an unclosed section: an added line would be no contact. */
		refused: string;
	};
	tasks: {
		viewTitle: string;
		groups: Record<"overdue" | "today" | "next7" | "later" | "undated" | "done", string>;
		vagueCount(n: number): string;
		vagueHint: string;
		allClasses: string;
		allStatuses: string;
		statuses: Record<"open" | "done" | "cancelled", string>;
		allPhases: string;
		allCustomers: string;
		search: string;
		sortByDate: string;
		sortByPriority: string;
		noTasks: string;
		more(n: number): string;
		pickDate: string;
		concretize: string;
		toggle: string;
		/** The row's menu button ("…") and its entries; dates are shown formatted. */
		actions: string;
		menu: {
			done: string;
			reopen: string;
			tomorrow(date: string): string;
			nextWeek(date: string): string;
			/** For an activity due later than tomorrow: moved from its own date. */
			dayLater(date: string): string;
			weekLater(date: string): string;
			pickDate: string;
			open: string;
		};
		/** The date modal's button. */
		move: string;
		cancel: string;
		/** The toolbar's collapsible filter line: its toggle, a summary of the active filters, each select's name. */
		filters: string;
		filterSummary(parts: string[]): string;
		vague: string;
		filterNames: Record<"abc" | "status" | "phase" | "customer" | "sort" | "search", string>;
		fromDailyNote(name: string): string;
		/** A recurring task whose rule only the Tasks plugin understands, ticked without it. */
		unknownRecurrence: string;
		refused: Record<"changed" | "ambiguous" | "not-an-item" | "missing", string>;
		blockErrors(lines: string[]): string;
		unknownCustomer(name: string): string;
	};
	concretize: {
		commandLine: string;
		title: string;
		text: string;
		date: string;
		datePlaceholder: string;
		resolved(date: string): string;
		noDate: string;
		person: string;
		personPlaceholder: string;
		save: string;
		cancel: string;
	};
	/** "Datum festschreiben": the day a floating date means today, written into its line as a Tasks due date. */
	pinDate: {
		action: string;
		/** What the action writes, e.g. "📅 24.11.2026 in die Zeile schreiben". */
		title(date: string): string;
		commandLine: string;
		commandNote: string;
		done(n: number): string;
		/** Lines of the note that no longer say what was read: nothing is written. */
		refused(n: number): string;
	};
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
		/** Beside the tag when the potential lifts the class: "C → A Potenzial". */
		liftedByPotential(from: string, to: string): string;
		liftedTitle: string;
		skipped: string;
		movedBack: string;
		facts: Record<FactKey, string>;
		missing: Record<FactKey, string>;
		contacts: string;
		noContacts: string;
		birthday(date: string): string;
		lastContact: string;
		/** The day the next contact is due, and a mark when that is soon or past. */
		contactDue: string;
		contactDueSoon: string;
		contactOverdue: string;
		callTitle(phone: string): string;
		mailTitle(address: string): string;
		nextActivity: string;
		noLastContact: string;
		noNextActivity: string;
		problems: string;
		openLine: string;
		/** The last contacts, newest first, each a link to its line. */
		history: string;
		noHistory: string;
		more(count: number): string;
		less: string;
		/** Person notes that stand for the customer. */
		personNotes: string;
	};
	overview: OverviewStrings;
	settings: {
		/** Stored values that failed validation, by key: their defaults are used until the next change saves them. */
		storedInvalid(keys: readonly string[]): string;
		customers: string;
		customerFolders: { name: string; desc: string };
		customerMarkers: { name: string; desc: string; invalid: string };
		customerTemplate: { name: string; desc: string };
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
		addActivityTo: { name: string; desc: string; customer: string; daily: string };
		logContactTo: { name: string; desc: string; customer: string; daily: string };
	};
}

export type ContactKind = "call" | "visit" | "mail" | "meeting" | "note";

export type FactKey = "strategy" | "decisionMakers" | "supporters" | "needs" | "motives" | "relationship" | "obstacles" | "revenue" | "potential";
