import { slug } from "../text/fold";

/** Dossier fields (DOMAIN §1) and every key that may hold them, German first. */
export const FIELD_KEYS = {
	type: ["typ", "type"],
	name: ["firma", "company", "name"],
	status: ["status", "lifecycle"],
	abc: ["abc", "abcKlasse", "abcClass"],
	phase: ["phase"],
	phases: ["phasen", "phases", "phasenverlauf", "phaseHistory"],
	phaseModel: ["phasenmodell", "phaseModel", "modell"],
	strategy: ["strategie", "strategy"],
	decisionMakers: ["entscheider", "decisionMakers"],
	supporters: ["unterstuetzer", "unterstützer", "supporters"],
	contacts: ["ansprechpartner", "contacts"],
	needs: ["bedarf", "needs"],
	motives: ["motive", "motives"],
	relationship: ["verhaeltnis", "verhältnis", "relationship"],
	obstacles: ["hindernisse", "obstacles"],
	revenue: ["umsatz", "revenue"],
	potential: ["potenzial", "potential", "potenial"],
	contactInterval: ["kontaktintervall", "contactInterval"],
	created: ["erstellt", "created"],
} as const;

export type Field = keyof typeof FIELD_KEYS;

/** Each field's keys as slugs, in rank order (German first). */
const WANTED = Object.fromEntries(Object.entries(FIELD_KEYS).map(([field, keys]) => [field, [...new Set(keys.map(slug))]])) as Record<Field, string[]>;

/** A note's frontmatter by slugged key; the first key of a slug wins, as it would in a scan. */
export type SluggedData = ReadonlyMap<string, unknown>;

export function slugKeys(data: Record<string, unknown>): SluggedData {
	const bySlug = new Map<string, unknown>();
	for (const [key, value] of Object.entries(data)) {
		const s = slug(key);
		if (!bySlug.has(s)) bySlug.set(s, value);
	}
	return bySlug;
}

/**
 * Reads a field by any of its keys, case and spelling tolerant (`Firma`, `phase_model`). When a note
 * has both a German and an English key, the first listed (German) wins. Pass `slugKeys(data)` when
 * reading many fields of one note: each key is then slugged once, not once per field.
 */
export function fieldValue(data: Record<string, unknown> | SluggedData, field: Field): unknown {
	const bySlug = data instanceof Map ? (data as SluggedData) : slugKeys(data as Record<string, unknown>);
	for (const key of WANTED[field]) if (bySlug.has(key)) return bySlug.get(key);
	return undefined;
}
