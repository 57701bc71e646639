import { normalizeDay } from "../dossier/values";
import { slug } from "../text/fold";

/** One recorded phase change as the user wrote it. */
export interface WrittenStep {
	phase: string;
	date: string;
}

const PHASE_KEYS = new Set(["phase", "name", "stufe", "step"]);
const DATE_KEYS = new Set(["datum", "date", "seit", "since", "am", "ab", "from"]);

/**
 * Reads a phase history in the forms users write:
 * a list of maps (`- phase: Kennenlernen` / `datum: 2026-03-01`), a map (`Kennenlernen: 2026-03-01`),
 * a list of one-key maps (`- Kennenlernen: 2026-03-01`) or a list of strings (`- 2026-03-01 Kennenlernen`).
 */
export function readHistory(raw: unknown): WrittenStep[] {
	if (raw === null || raw === undefined) return [];
	if (Array.isArray(raw)) return raw.flatMap(readEntry);
	if (typeof raw === "object") return Object.entries(raw as Record<string, unknown>).map(([phase, date]) => step(phase, date));
	return [];
}

function readEntry(entry: unknown): WrittenStep[] {
	if (typeof entry === "string") return [fromString(entry)];
	if (!entry || typeof entry !== "object" || Array.isArray(entry)) return [];
	const map = entry as Record<string, unknown>;
	let phase: unknown;
	let date: unknown;
	for (const [key, value] of Object.entries(map)) {
		if (PHASE_KEYS.has(slug(key))) phase = value;
		else if (DATE_KEYS.has(slug(key))) date = value;
	}
	if (phase !== undefined) return [step(scalar(phase), date)];
	return Object.entries(map).map(([p, d]) => step(p, d));
}

function step(phase: string, date: unknown): WrittenStep {
	return { phase: phase.trim(), date: date === null || date === undefined ? "" : normalizeDay(scalar(date)) };
}

/** A YAML scalar as text; a nested map or list is shown as JSON rather than "[object Object]". */
function scalar(value: unknown): string {
	return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value);
}

function fromString(text: string): WrittenStep {
	const m = /(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})/.exec(text);
	if (!m) return { phase: text.trim(), date: "" };
	const phase = (text.slice(0, m.index) + " " + text.slice(m.index + m[0].length)).replace(/^[\s()[\],:–-]+|[\s()[\],:–-]+$/g, "").replace(/\s+/g, " ");
	return { phase, date: normalizeDay(m[0]) };
}
