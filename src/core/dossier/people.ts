import type { Dossier } from "./dossier";

const cache = new WeakMap<Dossier, readonly string[]>();

/**
 * The customer's known people, as written: decision makers, contacts, supporters. The no-person hint
 * accepts any of them as the addressee; suggestions name the first (the one who decides). A dossier is never changed after it is read, so the list is
 * kept per dossier instead of being rebuilt for every activity line. The map is weak, so an entry lives only as long as its dossier.
 */
export function dossierPeople(dossier: Dossier): readonly string[] {
	let people = cache.get(dossier);
	if (!people) {
		people = [...dossier.decisionMakers, ...dossier.contacts.map((c) => c.name), ...dossier.supporters];
		cache.set(dossier, people);
	}
	return people;
}
