import { messages } from "../core/i18n";
import { buildIndex } from "../core/index/build-index";
import { toContractJson } from "../core/index/contract-json";
import type { IndexResult } from "../core/index/index-result";
import { dailyReview } from "../core/review/daily-review";
import { renderSummary } from "../core/review/summary";
import { lintReport } from "./lint-report";
import { parseArgs, USAGE, UsageError, type CliArgs } from "./args";
import { localToday } from "./local-today";
import { readVault, VaultError } from "./read-vault";
import { vaultSettings } from "./vault-settings";

export interface CliIo {
	out(text: string): void;
	err(text: string): void;
}

/** Runs one CLI call and returns its exit code: 0 ok, 1 problems found (lint), 2 usage or vault error. */
export function run(argv: readonly string[], io: CliIo, today: () => string = localToday): number {
	let args: CliArgs | "help";
	try {
		args = parseArgs(argv);
	} catch (error) {
		if (error instanceof UsageError) {
			io.err(`Fehler: ${error.message}\n\n${USAGE}`);
			return 2;
		}
		throw error;
	}
	if (args === "help") {
		io.out(USAGE);
		return 0;
	}
	try {
		return execute(args, io, today);
	} catch (error) {
		if (error instanceof VaultError) {
			io.err(`Fehler: ${error.message}\n`);
			return 2;
		}
		throw error;
	}
}

function execute(args: CliArgs, io: CliIo, today: () => string): number {
	const { settings, warnings } = vaultSettings(args.vault, args);
	const { notes, unreadable } = readVault(args.vault);
	for (const w of warnings) io.err(`Warnung: ${w}\n`);
	const index: IndexResult = buildIndex(notes, settings, args.today ?? today());
	index.errors.push(...unreadable);
	const t = messages(settings.language);
	switch (args.command) {
		case "index":
			io.out(args.json ? `${JSON.stringify(toContractJson(index), null, 2)}\n` : renderSummary(index, t));
			return 0;
		case "review": {
			const review = dailyReview(index, settings.birthdayDays, t, notes.map((n) => n.path));
			io.out(args.summary ? `${review}\n${renderSummary(index, t)}` : review);
			return 0;
		}
		case "lint": {
			const report = lintReport(index, t, args.json);
			io.out(report.text);
			return report.problems > 0 ? 1 : 0;
		}
	}
}
