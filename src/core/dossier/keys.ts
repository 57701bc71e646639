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

/**
 * Reads a field by any of its keys, case and spelling tolerant (`Firma`, `phase_model`). When a note
 * has both a German and an English key, the first listed (German) wins.
 */
export function fieldValue(data: Record<string, unknown>, field: Field): unknown {
	const wanted = FIELD_KEYS[field].map(slug);
	let best: { rank: number; value: unknown } | null = null;
	for (const [key, value] of Object.entries(data)) {
		const rank = wanted.indexOf(slug(key));
		if (rank >= 0 && (!best || rank < best.rank)) best = { rank, value };
	}
	return best?.value;
}
