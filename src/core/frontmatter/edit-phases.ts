import { FIELD_KEYS, fieldValue } from "../dossier/keys";
import { findFrontmatter } from "../markdown/frontmatter-block";
import { readHistory } from "../phases/history";
import { LineIndex } from "../text/line-index";
import { parseFrontmatter, type YamlLoader } from "./parse";
import { findKey, putKey, readLines, writeLines, yamlScalar } from "./edit-keys";

export interface PhaseChange {
	phase: string;
	date: string;
	/** Why (a restart after the key contact left); recorded with the history entry. */
	reason?: string;
}

/**
 * Sets `phase` and appends the change to the history, in the form the note already uses: a list of
 * `{phase, datum}` maps (the default), or a `Phase: Datum` map while the phase is new there. A map
 * that would need the same phase twice (a restart) is written out as a list, keeping every entry.
 */
export function recordPhase(note: string, change: PhaseChange, yaml: YamlLoader): string {
	// The history as the note has it now, not as it was indexed.
	const block = findFrontmatter(new LineIndex(note));
	const history = block ? readHistory(fieldValue(parseFrontmatter(block, yaml).data, "phases")) : [];
	let n = readLines(note);
	n = putKey(n, FIELD_KEYS.phase, (name) => [`${name}: ${yamlScalar(change.phase)}`]);
	const at = n.close > 0 ? findKey(n, FIELD_KEYS.phases) : null;
	const body = at ? n.lines.slice(at.line + 1, at.end) : [];
	const isList = body.some((l) => /^\s*-\s/.test(l));
	const isMap = !isList && body.length > 0 && body.every((l) => /^\s+[^\s#-][^:]*:\s*\S/.test(l) || l.trim() === "" || l.trim().startsWith("#"));
	const inline = at !== null && /:\s*\S/.test(n.lines[at.line] ?? "");
	const entry = (indent: string) => [
		`${indent}- phase: ${yamlScalar(change.phase)}`,
		`${indent}  datum: ${change.date}`,
		...(change.reason ? [`${indent}  grund: ${yamlScalar(change.reason)}`] : []),
	];

	if (at && isList && !inline) {
		const indent = /^(\s*)-/.exec(body.find((l) => /^\s*-\s/.test(l)) ?? "")?.[1] ?? "  ";
		n.lines.splice(at.end, 0, ...entry(indent));
		return writeLines(n);
	}
	const repeated = history.some((h) => h.phase === change.phase);
	if (at && isMap && !inline && !repeated && !change.reason) {
		const indent = /^(\s+)/.exec(body.find((l) => l.trim() !== "") ?? "")?.[1] ?? "  ";
		n.lines.splice(at.end, 0, `${indent}${yamlScalar(change.phase)}: ${change.date}`);
		return writeLines(n);
	}
	// No history yet, or one that cannot take the entry as written: the whole history as a list.
	const all: PhaseChange[] = [...history.map((h) => ({ phase: h.phase, date: h.date })), change];
	return writeLines(
		putKey(n, FIELD_KEYS.phases, (name) => [
			`${name}:`,
			...all.flatMap((h) => [
				`  - phase: ${yamlScalar(h.phase)}`,
				`    datum: ${h.date || '""'}`,
				...(h.reason ? [`    grund: ${yamlScalar(h.reason)}`] : []),
			]),
		]),
	);
}
