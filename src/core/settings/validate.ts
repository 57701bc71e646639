import { isLang } from "../i18n/lang";
import type { PhaseModel } from "../phases/model";
import { DEFAULT_SETTINGS, withDefaults, type Settings } from "./settings";

/**
 * Reads stored settings (the plugin's data.json) defensively: every bad value falls back to its
 * default and is named in `problems`, so a hand-edited file never crashes the plugin or the CLI.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
	const problems: string[] = [];
	const src = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
	const out: Partial<Settings> = {};
	const bad = (key: string) => problems.push(key);

	const folders = stringList(src.customerFolders);
	if (folders) out.customerFolders = folders;
	else if (src.customerFolders !== undefined) bad("customerFolders");

	for (const key of ["defaultPhaseModel", "dailyNoteFormat", "dailyNoteFolder"] as const) {
		const value = src[key];
		if (typeof value === "string" && (key === "dailyNoteFolder" || value.trim())) out[key] = value.trim();
		else if (value !== undefined) bad(key);
	}

	const markers = stringList(src.customerMarkers);
	if (markers && markers.every((m) => /^[^:]+:[^:]+$/.test(m))) out.customerMarkers = markers;
	else if (src.customerMarkers !== undefined) bad("customerMarkers");

	const phrases = stringList(src.extraVaguePhrases, true);
	if (phrases) out.extraVaguePhrases = phrases;
	else if (src.extraVaguePhrases !== undefined) bad("extraVaguePhrases");

	if (isLang(src.language)) out.language = src.language;
	else if (src.language !== undefined) bad("language");

	const t = src.abcThresholds as Record<string, unknown> | undefined;
	if (t !== undefined) {
		const a = t?.a,
			b = t?.b;
		if (typeof a === "number" && typeof b === "number" && a > 0 && a < b && b < 1) out.abcThresholds = { a, b };
		else bad("abcThresholds");
	}

	const ci = src.contactIntervals as Record<string, unknown> | undefined;
	if (ci !== undefined) {
		const ok = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v > 0;
		if (ci && ok(ci.A) && ok(ci.B) && ok(ci.C)) out.contactIntervals = { A: Number(ci.A), B: Number(ci.B), C: Number(ci.C) };
		else bad("contactIntervals");
	}

	const days = src.birthdayDays;
	if (typeof days === "number" && Number.isInteger(days) && days >= 0 && days <= 366) out.birthdayDays = days;
	else if (days !== undefined) bad("birthdayDays");

	if (typeof src.goalsNote === "string") out.goalsNote = src.goalsNote.trim();
	else if (src.goalsNote !== undefined) bad("goalsNote");

	if (src.customPhaseModels !== undefined) {
		const models = Array.isArray(src.customPhaseModels) ? src.customPhaseModels.map(readModel) : [null];
		if (models.every((m): m is PhaseModel => m !== null)) out.customPhaseModels = models;
		else bad("customPhaseModels");
	}
	return { settings: withDefaults(out), problems };
}

function stringList(value: unknown, allowEmpty = false): string[] | null {
	if (!Array.isArray(value) || !value.every((v): v is string => typeof v === "string")) return null;
	const list = value.map((v) => v.trim()).filter(Boolean);
	return list.length || allowEmpty ? list : null;
}

/** A custom model: an id, a name and at least two phases with unique names. */
function readModel(raw: unknown): PhaseModel | null {
	if (!raw || typeof raw !== "object") return null;
	const m = raw as Record<string, unknown>;
	const id = typeof m.id === "string" ? m.id.trim() : "";
	const phases = Array.isArray(m.phases) ? m.phases : [];
	const defs = phases.map((p) => {
		if (typeof p === "string") return { name: p.trim(), aliases: [] };
		const o = (p ?? {}) as Record<string, unknown>;
		return { name: typeof o.name === "string" ? o.name.trim() : "", aliases: stringList(o.aliases, true) ?? [] };
	});
	if (!id || defs.length < 2 || defs.some((d) => !d.name) || new Set(defs.map((d) => d.name)).size !== defs.length) return null;
	const name = typeof m.name === "string" && m.name.trim() ? m.name.trim() : id;
	return { id, name: { de: name, en: name }, aliases: stringList(m.aliases, true) ?? [], phases: defs };
}

export { DEFAULT_SETTINGS };
