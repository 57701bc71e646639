import { FIELD_KEYS } from "../dossier/keys";
import { readHistory } from "./history";
import { isRefusal, ownedKey, putScalar, valueOf } from "../frontmatter/edit-keys";
import { refuse, readData, verified, type FrontmatterEdit } from "../frontmatter/edit-result";
import { appendBlock } from "../frontmatter/history-block";
import type { PhaseChange } from "../frontmatter/history-entry";
import { appendFlow } from "../frontmatter/history-flow";
import { readNote, spliceLines, writeNote, type NoteLines } from "../frontmatter/note-lines";
import type { YamlLoader } from "../frontmatter/parse";
import { entryPairs } from "../frontmatter/history-entry";
import { maskYaml } from "../frontmatter/yaml-text";

export type { PhaseChange } from "../frontmatter/history-entry";

const OWNED = [...FIELD_KEYS.phase, ...FIELD_KEYS.phases];

/**
 * Sets `phase` and appends the change to the history, in the form the note already uses (a block list,
 * indented or compact; a flow list; a map while the phase is new there). Only the `phase` line and the
 * new entry change; a history it cannot extend in its text is refused, never rewritten from a parse.
 */
export function recordPhase(note: string, change: PhaseChange, yaml: YamlLoader): FrontmatterEdit {
	let n = readNote(note);
	if (n.close === null) return refuse("no-frontmatter");
	const before = readData(note, yaml);
	if (!before) return refuse("yaml-error");
	const history = readHistory(valueOf(before, FIELD_KEYS.phases));
	const phaseAt = ownedKey(n, FIELD_KEYS.phase);
	if (isRefusal(phaseAt)) return phaseAt;
	n = putScalar(n, phaseAt, "phase", change.phase);
	const historyAt = ownedKey(n, FIELD_KEYS.phases);
	if (isRefusal(historyAt)) return historyAt;
	const appended = historyAt
		? appendHistory(
				n,
				historyAt,
				change,
				history.some((h) => h.phase === change.phase),
			)
		: newHistory(n, change);
	if (!appended) return refuse("shape");
	const expected = JSON.stringify([...history, { phase: change.phase, date: change.date }]);
	return verified(before, writeNote(appended), OWNED, yaml, (data) => {
		const steps = readHistory(valueOf(data, FIELD_KEYS.phases)).map((h) => ({ phase: h.phase, date: h.date }));
		return valueOf(data, FIELD_KEYS.phase) === change.phase && JSON.stringify(steps) === expected;
	});
}

function appendHistory(n: NoteLines, at: Parameters<typeof appendBlock>[1], change: PhaseChange, repeated: boolean): NoteLines | null {
	const masked = maskYaml(n.lines.slice(at.line, at.end).join("\n"));
	if (masked === null) return null;
	const value = masked.slice(at.valueStart, masked.indexOf("\n") < 0 ? masked.length : masked.indexOf("\n")).trim();
	if (value === "") {
		// The value starts on a later line: a block, or a flow list under its key.
		const rest = masked.slice(masked.indexOf("\n") + 1).trimStart();
		return /^[[{]/.test(rest) ? appendFlow(n, { ...at, valueStart: masked.indexOf("\n") + 1 }, masked, change, repeated) : appendBlock(n, at, change, repeated);
	}
	return /^[[{]/.test(value) ? appendFlow(n, at, masked, change, repeated) : null;
}

/** A note without a history gets one, as a list, after its `phase` line or before the closing fence. */
function newHistory(n: NoteLines, change: PhaseChange): NoteLines {
	const pairs = entryPairs(change, { phase: "phase", date: "datum" });
	return spliceLines(n, n.close as number, 0, ["phasen:", ...pairs.map((p, i) => (i === 0 ? "  - " : "    ") + p)]);
}
