import { compare, dailyReview, type IndexResult, messages, type Messages, renderSummary, reviewSection, toContractJson, toCsv, toIcs } from "../core/api";
import { buildIndex } from "../core/cli-api";
import { insertReview } from "./insert-review";
import { cliGoals } from "./goals-note";
import { lintReport } from "./lint-report";
import { parseArgs, requestedLang, UsageError, type CliArgs } from "./args";
import { cliMessages } from "./i18n";
import { localToday } from "./local-today";
import { grayMatterBlock } from "./frontmatter-reader";
import { missingFolders, readVault, VaultError } from "./read-vault";
import { escapeJsonControls, forTerminal } from "./terminal-text";
import { basename, resolve } from "node:path";
import { SETTINGS_FILE, vaultSettings } from "./vault-settings";

export interface CliIo {
	out(text: string): void;
	err(text: string): void;
}

/**
 * Runs one CLI call and returns its exit code: 0 ok, 1 problems found (lint), 2 usage or vault
 * error, 3 internal failure. Whatever a note holds, what is printed carries no control sequences.
 */
export function run(argv: readonly string[], io: CliIo, today: () => string = localToday): number {
	const safe: CliIo = { out: (text) => io.out(text), err: (text) => io.err(forTerminal(text)) };
	// Before the call is checked, only --lang can name the language (the vault's settings come later).
	const asked = requestedLang(argv) ?? "de";
	let args: CliArgs | "help";
	try {
		args = parseArgs(argv);
	} catch (error) {
		if (error instanceof UsageError) {
			safe.err(`${messages(asked).errors.stop(error.text(cliMessages(asked).usageErrors))}\n\n${cliMessages(asked).usage}`);
			return 2;
		}
		return internal(error, messages(asked), safe);
	}
	if (args === "help") {
		io.out(cliMessages(asked).usage);
		return 0;
	}
	try {
		return execute(args, safe, today);
	} catch (error) {
		return internal(error, messages(args.lang ?? "de"), safe);
	}
}

/** A failure of the CLI itself: one sentence on stderr, never a stack trace nor lint's exit code 1. */
function internal(error: unknown, t: Messages, io: CliIo): number {
	io.err(`${t.errors.internal(error instanceof Error ? error.message : String(error))}\n`);
	return 3;
}

function execute(args: CliArgs, io: CliIo, today: () => string): number {
	const { settings, invalid } = vaultSettings(args.vault, args);
	const t = messages(settings.language);
	const c = cliMessages(settings.language);
	if (args.command === "export" && args.ics === args.csv) {
		io.err(`${t.errors.stop(t.export.formatNeeded)}\n`);
		return 2;
	}
	let read: ReturnType<typeof readVault>;
	try {
		read = readVault(args.vault, t);
	} catch (error) {
		if (!(error instanceof VaultError)) throw error;
		io.err(`${t.errors.stop(error.message)}\n`);
		return 2;
	}
	const { notes, unreadable } = read;
	for (const key of invalid) io.err(`${t.errors.warning(c.invalidSetting(key, SETTINGS_FILE))}\n`);
	const index: IndexResult = buildIndex(notes, settings, args.today ?? today(), grayMatterBlock);
	// No customers and a customer folder that is not there: most likely a misspelt --folder.
	const missing = index.customers.length === 0 ? missingFolders(args.vault, settings.customerFolders) : [];
	if (missing.length > 0) {
		if (args.folder !== null) {
			io.err(`${t.errors.stop(c.customerFolderMissing(missing))}\n`);
			return 2;
		}
		io.err(`${t.errors.warning(c.customerFolderMissing(missing))}\n`);
	}
	// Folders and notes the file system refused join the notes the index could not read, in path order.
	index.errors.push(...unreadable.map((e) => ({ ...e, leftOut: true as const })));
	index.errors.sort((a, b) => compare(a.path, b.path));
	const json = (value: unknown) => escapeJsonControls(`${JSON.stringify(value, null, 2)}\n`);
	// Outputs that do not list the errors name on stderr what they leave out: a customer missing from
	// the review without a word would look like one without anything to do.
	if (!args.json && args.command !== "lint") for (const e of index.errors) if (e.leftOut) io.err(`${e.path}: ${e.message}\n`);
	switch (args.command) {
		case "index":
			io.out(args.json ? json(toContractJson(index)) : forTerminal(renderSummary(index, t)));
			return 0;
		case "review": {
			const goals = cliGoals(notes, settings.goalsNote, args.goals, index, t);
			if (goals !== null && "missing" in goals) {
				io.err(`${t.errors.stop(t.goals.notFound(goals.missing))}\n`);
				return 2;
			}
			const review = dailyReview(
				index,
				settings.birthdayDays,
				t,
				notes.map((n) => n.path),
				goals,
			);
			if (args.insert) {
				const outcome = insertReview(review, { root: args.vault, settings, day: index.today, t });
				const line = `${forTerminal(outcome.message)}\n`;
				if (outcome.code === 0) io.out(line);
				else io.err(line);
				return outcome.code;
			}
			// With its markers: appended to a daily note by hand, its lines never count as activities.
			const section = `${reviewSection(review)}\n`;
			io.out(forTerminal(args.summary ? `${section}\n${renderSummary(index, t)}` : section));
			return 0;
		}
		case "export":
			// The core leaves no control characters in either; the CRLFs are the formats' own.
			io.out(args.ics ? toIcs(index, { vaultName: basename(resolve(args.vault)), lang: settings.language }) : toCsv(index));
			return 0;
		case "lint": {
			const report = lintReport(index, t, args.json, unreadable.length);
			io.out(args.json ? escapeJsonControls(report.text) : forTerminal(report.text));
			return report.problems > 0 ? 1 : 0;
		}
	}
}
