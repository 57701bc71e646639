import type { Dossier } from "./dossier";

const cache = new WeakMap<Dossier, readonly string[]>();

/**
 * The customer's known people, as written: contacts, decision makers, supporters. The no-person hint
 * accepts any of them as the addressee. A dossier is never changed after it is read, so the list is
 * kept per dossier instead of being rebuilt for every activity line.
 */
export function dossierPeople(dossier: Dossier): readonly string[] {
	let people = cache.get(dossier);
	if (!people) {
		people = [...dossier.contacts.map((c) => c.name), ...dossier.decisionMakers, ...dossier.supporters];
		cache.set(dossier, people);
	}
	return people;
}
