import { parseYaml } from "../core/cli-api";
import { grayMatterBlock } from "./frontmatter-reader";
import { goalsNoteCandidates, goalsReport, type GoalsReport, type IndexResult, type Messages, type NoteInput } from "../core/api";

/**
 * The goals note of the review's day, measured: `--goals` when given, else the setting (by default
 * this year's `Notizen/Vertriebsziele <Jahr>.md`, else next year's). No note there: no goals. A path
 * given with `--goals` that names no note is an error, returned as its path.
 */
export function cliGoals(
	notes: readonly NoteInput[],
	setting: string,
	option: string | null,
	index: IndexResult,
	t: Messages,
): GoalsReport | null | { missing: string } {
	const byPath = new Map(notes.map((n) => [n.path, n]));
	const candidates = goalsNoteCandidates(option ?? setting, index.today);
	const note = candidates.map((path) => byPath.get(path)).find((n) => n !== undefined);
	if (note) return goalsReport(note.path, note.text, index, { yaml: parseYaml, parseBlock: grayMatterBlock }, t);
	return option !== null ? { missing: candidates[0] ?? option } : null;
}
