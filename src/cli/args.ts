import { isIsoDay, isLang, type Lang } from "../core/api";
import type { CliMessages } from "./i18n/cli-messages";

export type Command = "index" | "review" | "lint" | "export";

export interface CliArgs {
	command: Command;
	vault: string;
	/** `--today` (index, lint) or `--date` (review); null means the local date. */
	today: string | null;
	folder: string | null;
	/** `--templates`: a templates folder besides those the vault's settings name. */
	templates: string | null;
	json: boolean;
	lang: Lang | null;
	summary: boolean;
	/** review: write the review into the day's daily note instead of printing it. */
	insert: boolean;
	/** export: the calendar (`--ics`) or the table (`--csv`); exactly one is checked once the language is known. */
	ics: boolean;
	csv: boolean;
	/** review: `--goals`, the goals note's path in the vault; null means the setting. */
	goals: string | null;
}

/** A usage mistake: reported on stderr, in the run's language, with exit code 2. */
export class UsageError extends Error {
	constructor(readonly text: (m: CliMessages["usageErrors"]) => string) {
		super("usage");
	}
}

const COMMANDS: readonly Command[] = ["index", "review", "lint", "export"];
const VALUE_OPTIONS = new Set(["--today", "--date", "--folder", "--lang", "--templates", "--goals"]);
const FLAGS = new Set(["--json", "--summary", "--insert", "--ics", "--csv"]);
/** A month 01–12 and a day 01–31: a date as written, though perhaps not one the calendar has. */
const ISO_SHAPE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The language `--lang` asks for, read before the rest of the call is checked, so that a mistake
 * in the call and the help are told in it; null when absent or not a language.
 */
export function requestedLang(argv: readonly string[]): Lang | null {
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
		if (isLang(value)) return value;
	}
	return null;
}

export function parseArgs(argv: readonly string[]): CliArgs | "help" {
	if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) return "help";
	const [command, ...rest] = argv;
	if (!COMMANDS.includes(command as Command)) throw new UsageError((m) => m.unknownCommand(String(command), COMMANDS));
	const values = new Map<string, string>();
	const flags = new Set<string>();
	const positional: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i] as string;
		const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
		if (VALUE_OPTIONS.has(name)) {
			const value = inline ?? rest[++i];
			if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new UsageError((m) => m.needsValue(name));
			values.set(name, value);
		} else if (FLAGS.has(name)) {
			flags.add(name);
		} else if (arg.startsWith("-")) {
			throw new UsageError((m) => m.unknownOption(arg));
		} else {
			positional.push(arg);
		}
	}
	if (positional.length === 0) throw new UsageError((m) => m.noVault);
	if (positional.length > 1) throw new UsageError((m) => m.oneVault(positional));
	const dateOption = command === "review" ? "--date" : "--today";
	const wrongDate = command === "review" ? "--today" : "--date";
	const today = values.get(dateOption) ?? values.get(wrongDate) ?? null;
	if (today !== null && !isIsoDay(today)) {
		// Written as a date, but the calendar has no such day (2026-02-30): say that, not "expects a date".
		throw new UsageError((m) => (ISO_SHAPE.test(today) ? m.noSuchDay(dateOption, today) : m.notADate(dateOption, today)));
	}
	const lang = values.get("--lang") ?? null;
	if (lang !== null && !isLang(lang)) throw new UsageError((m) => m.lang(lang));
	const folder = values.get("--folder") ?? null;
	if (folder !== null && folder.trim() === "") throw new UsageError((m) => m.folderName("--folder"));
	const templates = values.get("--templates") ?? null;
	if (templates !== null && templates.trim() === "") throw new UsageError((m) => m.folderName("--templates"));
	const goals = values.get("--goals") ?? null;
	if (goals !== null && goals.trim() === "") throw new UsageError((m) => m.goalsPath);
	return {
		command: command as Command,
		vault: positional[0] as string,
		today,
		folder,
		templates,
		json: flags.has("--json"),
		lang,
		summary: flags.has("--summary"),
		insert: flags.has("--insert"),
		ics: flags.has("--ics"),
		csv: flags.has("--csv"),
		goals,
	};
}
