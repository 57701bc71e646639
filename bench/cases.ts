import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { readVault } from "../src/cli/read-vault";
import { grayMatterBlock } from "../src/cli/frontmatter-reader";
import { parseYaml } from "../src/core/frontmatter/yaml-schema";
import { createIndexContext } from "../src/core/index/context";
import { IndexState } from "../src/core/index/index-state";
import type { NoteInput } from "../src/core/index/note";
import { parseNote } from "../src/core/index/parse-note";
import { dailyReview } from "../src/core/review/daily-review";
import { messages } from "../src/core/i18n";
import { withDefaults } from "../src/core/settings/settings";
import { buildIndex } from "../src/core/index/build-index";
import { heapUsed, percentile, time } from "./measure";
import { simulateMetadataCache } from "./metadata";
import { createRng } from "./rng";

const TODAY = "2026-11-23";
const settings = withDefaults();

/** Writes the generated vault once per size (the generator is deterministic). */
export function vaultOnDisk(notes: NoteInput[], dir: string): void {
	if (existsSync(join(dir, ".complete"))) return;
	for (const note of notes) {
		mkdirSync(dirname(join(dir, note.path)), { recursive: true });
		writeFileSync(join(dir, note.path), note.text);
	}
	writeFileSync(join(dir, ".complete"), String(notes.length));
}

/** L0: read every file and split it into lines, nothing else. Every ratio is against this. */
function baseline(dir: string): void {
	const walk = (d: string): void => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			if (e.name.startsWith(".")) continue;
			const full = join(d, e.name);
			if (e.isDirectory()) walk(full);
			else readFileSync(full, "utf8").split(/\r?\n/);
		}
	};
	walk(dir);
}

export interface Cold {
	l0Ms: number;
	cliMs: number;
	pluginMs: number;
	cliRatio: number;
	pluginRatio: number;
}

/**
 * L0, the CLI path and the metadata-cache path, measured side by side in rounds. Each ratio is the
 * median over rounds of a cold index against the L0 of the same round, so a machine that speeds up or
 * slows down between rounds (shared hosts do) moves both sides of a ratio alike. A first round is not
 * counted: it compiles the code and fills the file cache, for L0 as for the index.
 */
export function cold(dir: string, notes: NoteInput[], rounds = 7): Cold {
	const withMeta = notes.map((n) => ({ ...n, metadata: simulateMetadataCache(n) }));
	const plugin = () => {
		const ctx = createIndexContext(settings, TODAY, parseYaml);
		new IndexState(
			ctx,
			withMeta.map((n) => parseNote(n, ctx)),
		).result();
	};
	const round = () => ({
		l0: time(() => baseline(dir)),
		cli: time(() => buildIndex(readVault(dir).notes, settings, TODAY, grayMatterBlock)),
		plugin: time(plugin),
	});
	round();
	const samples = Array.from({ length: rounds }, round);
	const median = (values: number[]) => percentile(values, 50);
	return {
		l0Ms: median(samples.map((s) => s.l0)),
		cliMs: median(samples.map((s) => s.cli)),
		pluginMs: median(samples.map((s) => s.plugin)),
		cliRatio: median(samples.map((s) => s.cli / s.l0)),
		pluginRatio: median(samples.map((s) => s.plugin / s.l0)),
	};
}

/** One edit to one note: a date moves, as when a user reschedules. Metadata comes from "Obsidian". */
function edits(notes: NoteInput[], count: number, seed: number) {
	const rng = createRng(seed);
	return Array.from({ length: count }, (_, k) => {
		const note = notes[rng.int(0, notes.length - 1)] as NoteInput;
		// Half the edits move a date and add an activity for some customer, half restore the note.
		const customer = `Kunde ${rng.int(0, Math.max(0, Math.round(notes.length * 0.1) - 1))}`;
		const text =
			k % 2 === 0 ? note.text.replace("2026-11-25", "2026-11-26") + `\n- [ ] [[${customer}]] Frau Gerens anrufen 📅 2026-12-0${(k % 9) + 1}` : note.text;
		const edited = { path: note.path, text };
		return { ...edited, metadata: simulateMetadataCache(edited) };
	});
}

export function reindex(notes: NoteInput[]) {
	const ctx = createIndexContext(settings, TODAY, parseYaml);
	const state = new IndexState(
		ctx,
		notes.map((n) => parseNote({ ...n, metadata: simulateMetadataCache(n) }, ctx)),
	);
	// As the plugin does: the re-parse gets the note's previous parse, to keep what unchanged lines gave.
	const samples = edits(notes, 1000, 7).map((edit) => time(() => state.update(parseNote(edit, ctx, state.parsed(edit.path)))));
	// Heap: the same 1,000 edits again, after the state has seen them once, so only leaks remain.
	const again = edits(notes, 1000, 7);
	const before = heapUsed();
	for (const edit of again) state.update(parseNote(edit, ctx, state.parsed(edit.path)));
	const growth = heapUsed() - before;
	const index = state.result();
	const review = time(() =>
		dailyReview(
			index,
			settings.birthdayDays,
			messages("de"),
			notes.map((n) => n.path),
		),
	);
	return {
		median: percentile(samples, 50),
		p95: percentile(samples, 95),
		heapGrowth: growth,
		review,
		customers: index.customers.length,
		activities: index.activities.length,
	};
}

export function bundleSize(): number {
	return statSync("main.js").size;
}
