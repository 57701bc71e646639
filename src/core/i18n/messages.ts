import type { ReviewRefusal } from "../model/reasons";
import type { ReasonCode } from "../model/activity";
import type { AbcClass } from "../model/customer";
import type { GoalMessages } from "./goal-messages";
import type { Lang } from "./lang";
import type { YamlReason } from "../model/reasons";

/** Every text core produces. The German and English objects share this type, so a missing key fails to compile. */
export interface Messages {
	/** The language these texts are in, for names kept in both (phase models and phases). */
	lang: Lang;
	problems: {
		yamlError(line: number | null, reason: string): string;
		javascriptFrontmatter(): string;
		frontmatterLanguage(language: string): string;
		frontmatterShape(): string;
		frontmatterExpansion(reason: "too-large" | "too-deep" | "cyclic"): string;
		unclosedFrontmatter(): string;
		unknownPhase(phase: string, model: string, phases: string[]): string;
		unknownPhaseModel(model: string, fallback: string): string;
		phaseSkipped(from: string, to: string, skipped: string[]): string;
		phaseOrder(from: string, fromDate: string, to: string, toDate: string): string;
		invalidAbc(value: string): string;
		abcMismatch(abc: AbcClass, computed: AbcClass, cumulativeShare: number): string;
		noNextStep(): string;
		noContactYet(): string;
		contactOverdue(last: string, daysAgo: number, interval: number): string;
		/** The next contact is due on `due`, `inDays` from today (0 = today). */
		contactDue(due: string, inDays: number): string;
		amountUnreadable(key: string, value: string): string;
		/** `contact`: the person a value belongs to (a birthday), else null. */
		invalidValue(key: string, value: string, contact: string | null): string;
	};
	errors: {
		tooLarge(megabytes: number, limit: number): string;
		utf16(): string;
		crOnly(): string;
		/** A note the CLI could not read; `reason` comes from `fileSystem`. */
		unreadableNote(reason: string): string;
		unreadableFolder(reason: string): string;
		notAFile(): string;
		linkOutside(): string;
		/** Why the file system refused, by Node's error code (EACCES, ENAMETOOLONG …). */
		fileSystem(code: string): string;
		/** Why a note could not be read when the failure names no file system code. */
		unexpected(): string;
		vaultMissing(path: string): string;
		vaultNotAFolder(path: string): string;
		vaultUnreadable(path: string, reason: string): string;
		internal(message: string): string;
		/** A CLI error that ends the run (exit 2), and a warning that does not. */
		stop(message: string): string;
		warning(message: string): string;
	};
	review: {
		title(date: string): string;
		dueToday: string;
		overdue: string;
		contactDue: string;
		contactDueSoon: string;
		contactDueOn(date: string, inDays: number): string;
		noNextStep: string;
		vague: string;
		birthdays(days: number): string;
		overdueSince(date: string, days: number): string;
		lastContact(date: string | null, interval: number | null): string;
		suggestion: string;
		birthdayOn(date: string, age: number | null): string;
		nothing: string;
	};
	summary: {
		title: string;
		customers(count: number): string;
		byAbc: string;
		byPhase: string;
		activities(open: number, vague: number, done: number): string;
		problems(count: number): string;
		unreadable(count: number): string;
		noClass: string;
		noPhase: string;
	};
	/** The sales goals of the goals note. */
	goals: GoalMessages;
	reasons: Record<ReasonCode, string>;
	/** What is wrong with broken frontmatter YAML, after the line it is on. */
	yamlReasons: Record<YamlReason, string>;
	/** Putting the review into a daily note (plugin command and `review --insert`). */
	insert: {
		refused: Record<ReviewRefusal, (note: string) => string>;
		inserted(note: string): string;
		unchanged(note: string): string;
		/** The note changed between reading and writing: nothing written. */
		changed(note: string): string;
		unwritable(note: string, reason: string): string;
	};
	/** The live verdict of the add-activity and Konkretisieren windows. */
	preview: {
		vague(reasons: string, suggestion: string): string;
		/** Concrete, but a hint holds: what it says and how to fix it. */
		hinted(reasons: string, advice: string): string;
		concrete: string;
	};
	/** The calendar (ICS) and table (CSV) exports. */
	export: {
		calendarName(vault: string): string;
		/** Marks a vague activity in its event's title. */
		vague: string;
		customer(path: string): string;
		suggestion(text: string): string;
		/** `export` without, or with both of, `--ics` and `--csv`. */
		formatNeeded: string;
	};
}
