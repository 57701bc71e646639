import { count } from "./plural";
import type { Messages } from "./messages";
import { goalsEn } from "./goals-en";

const percent = (share: number) => `${Math.round(share * 100)} %`;
const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

export const en: Messages = {
	lang: "en",
	problems: {
		yamlError: (line, reason) => `Frontmatter is not valid YAML${line ? ` (line ${line})` : ""}: ${reason}`,
		javascriptFrontmatter: () => "JavaScript frontmatter (---js) is never run; please write it as YAML (line 1)",
		frontmatterLanguage: (language) => `Frontmatter in “${language}” is not read; please write it as YAML (line 1)`,
		frontmatterShape: () => "Frontmatter is not a map of keys (line 2)",
		frontmatterExpansion: (reason) =>
			reason === "too-deep"
				? "Frontmatter is nested too deeply and was not read"
				: reason === "cyclic"
					? "Frontmatter refers to itself through YAML aliases and was not read"
					: "Frontmatter grows without bound through YAML aliases (*name) and was not read",
		unclosedFrontmatter: () => "Frontmatter is not closed: the --- on line 1 has no closing ---",
		unknownPhase: (phase, model, phases) => `Phase “${phase}” is not part of the ${model} model (phases: ${phases.join(", ")})`,
		unknownPhaseModel: (model, fallback) => `Unknown phase model “${model}”; using ${fallback}`,
		phaseSkipped: (from, to, skipped) => `Phase skipped: from ${from} to ${to} without ${skipped.join(", ")}`,
		phaseOrder: (from, fromDate, to, toDate) => `Phase history dated backwards: ${to} (${toDate}) comes before ${from} (${fromDate})`,
		invalidAbc: (value) => `ABC class “${value}” is invalid; use A, B or C`,
		abcMismatch: (abc, computed, share) => `ABC class ${abc} differs from the revenue analysis: ${computed} (cumulative ${percent(share)})`,
		noNextStep: () => "No next step: no open, dated and concrete activity",
		noContactYet: () => "Contact overdue: no completed contact yet",
		contactOverdue: (last, ago, interval) => `Contact overdue: last contact on ${last} (${days(ago)} ago, interval ${days(interval)})`,
		contactDue: (due, n) => `Contact due soon: on ${due} (${n === 0 ? "today" : n === 1 ? "tomorrow" : `in ${days(n)}`})`,
		amountUnreadable: (key, value) => `${key}: "${value}" is not an amount (e.g. 480000, 480.000 €, 1,2 Mio, 480k)`,
		invalidValue: (key, value, contact) => `${key}${contact ? ` of ${contact}` : ""}: "${value}" is not a valid value`,
	},
	errors: {
		tooLarge: (mb, limit) => `Note is too large (${mb.toFixed(1)} MB, limit ${limit} MB) and was not read`,
		utf16: () => "Note is saved as UTF-16 and was not read; please save it as UTF-8",
		crOnly: () => "Note separates lines with CR only (old Mac format) and was not read; please save it with LF or CRLF",
		unreadableNote: (reason) => `Note could not be read: ${reason}`,
		unreadableFolder: (reason) => `Folder could not be read: ${reason}`,
		notAFile: () => "Not a regular file (a pipe or a device, say) and was not read",
		linkOutside: () => "Link leads out of the vault and was not read",
		fileSystem: (code) =>
			({
				EACCES: "permission denied",
				EPERM: "permission denied",
				ENAMETOOLONG: "the path is too long",
				ELOOP: "links form a loop",
				ENOENT: "not found (a dangling link?)",
				EISDIR: "is a folder",
			})[code] ?? `error ${code}`,
		unexpected: () => "unexpected error while reading",
		vaultMissing: (path) => `Vault folder not found: ${path}`,
		vaultNotAFolder: (path) => `Not a folder: ${path}`,
		vaultUnreadable: (path, reason) => `Vault folder ${path} cannot be read: ${reason}`,
		internal: (message) => `Internal error: ${message}`,
		stop: (message) => `Error: ${message}`,
		warning: (message) => `Warning: ${message}`,
	},
	review: {
		title: (date) => `Daily review ${date}`,
		dueToday: "Due today",
		overdue: "Overdue",
		contactDue: "Contact due",
		contactDueSoon: "Contact due soon",
		contactDueOn: (date, n) => `due on ${date} (${n === 0 ? "today" : n === 1 ? "tomorrow" : `in ${days(n)}`})`,
		noNextStep: "No next step",
		vague: "Vague activities to make concrete",
		birthdays: (n) => `Birthdays (next ${n} days)`,
		overdueSince: (date, n) => `due since ${date}, ${days(n)}`,
		lastContact: (date, interval) => `${date ? `last contact ${date}` : "no contact yet"}${interval ? `, interval ${days(interval)}` : ""}`,
		suggestion: "Suggestion",
		birthdayOn: (date, age) => `on ${date}${age ? `, turns ${age}` : ""}`,
		nothing: "Nothing is open today.",
	},
	summary: {
		title: "Summary",
		customers: (n) => count(n, "customer", "customers"),
		byAbc: "By ABC",
		byPhase: "By phase",
		activities: (open, vague, done) => `Activities: ${open} open, ${vague} of them vague; ${done} done`,
		problems: (n) => `${count(n, "problem", "problems")} in dossiers`,
		unreadable: (n) => `${count(n, "note", "notes")} not fully readable`,
		noClass: "no class",
		noPhase: "no phase",
	},
	goals: goalsEn,
	reasons: {
		"vague-phrase": "pseudo-activity",
		"waiting-verb": "waits for others",
		"no-action": "no action",
		"no-date": "no date",
		"floating-date": "floating date",
		"no-person": "no person",
		"mixed-purpose": "relationship mixed with business",
	},
	yamlReasons: {
		indentation: "indentation does not fit the lines above",
		tab: "a tab in the indentation; please use spaces",
		"unclosed-quote": "a quote is not closed",
		"unclosed-bracket": "a bracket is not closed",
		colon: "key and value need a colon and a space (key: value)",
		"duplicate-key": "a key appears twice",
		"unknown-alias": "unknown YAML alias (*name)",
		"unknown-tag": "unknown YAML tag (!name)",
		syntax: "syntax error",
	},
	insert: {
		refused: {
			"unpaired-marker": (note) =>
				`${note}: a review marker (%% kundendossier-review:start %% or :end %%) has no partner. Nothing written; please add or remove the marker.`,
			"several-sections": (note) => `${note} holds more than one review section. Nothing written; please remove one of them.`,
			"open-code-block": (note) => `${note} ends inside an unclosed code block. Nothing written; please close the code block.`,
			"unsafe-review": (note) => `The review would have broken the section in ${note}. Nothing written.`,
		},
		inserted: (note) => `Daily review inserted: ${note}`,
		unchanged: (note) => `The daily review in ${note} is up to date; nothing changed`,
		changed: (note) => `${note} changed while it was being written. Nothing written; please run again.`,
		unwritable: (note, reason) => `${note} could not be written: ${reason}`,
	},
	preview: {
		vague: (reasons, suggestion) => `Vague (${reasons}): ${suggestion}`,
		hinted: (reasons, advice) => `Concrete, but ${reasons}: ${advice}`,
		concrete: "Concrete: date, person and action are named.",
	},
	export: {
		calendarName: (vault) => `Kundendossier – ${vault}`,
		vague: "vague",
		customer: (path) => `Customer: ${path}`,
		suggestion: (text) => `Suggestion: ${text}`,
		formatNeeded: "export needs exactly one of --ics (calendar) or --csv (table)",
	},
};
