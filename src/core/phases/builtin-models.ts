import type { PhaseDef, PhaseModel } from "./model";

/** A phase with its English name, which is one of its aliases too, so English dossiers can write it. */
const phase = (name: string, en: string, aliases: string[], signals?: PhaseDef["signals"]): PhaseDef => ({
	name,
	en,
	aliases,
	...(signals ? { signals } : {}),
});

/** Relationship depth (DOMAIN §2): phases build on each other and none can be skipped. */
export const KUNDENHERZ: PhaseModel = {
	id: "kundenherz",
	name: { de: "Kundenherz", en: "Customer heart" },
	aliases: ["customer heart", "customer-heart", "heart"],
	phases: [
		phase("Gelegenheit", "Occasion", ["occasion", "opportunity"]),
		phase("Kennenlernen", "Getting to know", ["getting to know", "acquaintance", "first contact"], {
			de: ["Es gab einen ersten Anlass zum Gespräch", "Der Kunde nimmt sich Zeit für Small Talk"],
			en: ["There was a first occasion to talk", "The customer takes time for small talk"],
		}),
		phase("Vertiefung", "Deepening", ["deepening"], {
			de: ["Beide Seiten wollen weitermachen", "Erste Geschäfte sind vereinbart"],
			en: ["Both sides want to continue", "First deals are agreed"],
		}),
		phase("Vertrauen", "Trust", ["trust"], {
			de: ["Persönliche Bindung, gemeinsame Erlebnisse", "Der Kunde erzählt auch Persönliches"],
			en: ["A personal bond and shared experiences", "The customer shares personal matters"],
		}),
		phase("Intime Phase", "Intimacy", ["intim", "intimate", "intimate phase", "intimacy"], {
			de: ["Enges persönliches Vertrauen; nur wenige Kunden kommen hierher", "Kein einseitiger Druck: er erzeugt Gegendruck"],
			en: ["Close personal trust; only few customers get here", "No one-sided pressure: it produces counter-pressure"],
		}),
	],
};

/** The love-story analogy (DOMAIN §2). */
export const BEZIEHUNG: PhaseModel = {
	id: "beziehung",
	name: { de: "Beziehung", en: "Relationship" },
	aliases: ["relationship", "love story", "lovestory"],
	phases: [
		phase("Verliebtheit", "Honeymoon", ["honeymoon", "infatuation"]),
		phase("Ernüchterung", "Disillusionment", ["disillusionment", "disenchantment"], {
			de: ["Der Glanz lässt nach: „zu teuer!“", "Hier zerbrechen die meisten Beziehungen: jetzt Nähe zeigen"],
			en: ["The glow fades: “too expensive!”", "Most break-ups happen here: stay close now"],
		}),
		phase("Machtkampf", "Power struggle", ["power struggle"], {
			de: ["Unterschiede werden ausgetragen: Macht, Status, Entweder-oder"],
			en: ["Differences are fought out: power, status, either-or"],
		}),
		phase("Ich-Du-Wir", "Me-you-us", ["me-you-us", "i-you-we", "balance"], {
			de: ["Ausgleich gefunden; das Trennungsrisiko sinkt"],
			en: ["A balance is found; the risk of separation drops"],
		}),
		phase("Zuhause", "Home", ["home", "at home"], {
			de: ["Tiefes Vertrauen: Sie gehören praktisch zum Kunden"],
			en: ["Deep trust: you are practically part of the customer"],
		}),
	],
};

/** The customer lifecycle, with Wunschkunde for customers one wants to win. */
export const LEBENSZYKLUS: PhaseModel = {
	id: "lebenszyklus",
	name: { de: "Lebenszyklus", en: "Lifecycle" },
	aliases: ["lifecycle", "life cycle"],
	phases: [
		phase("Wunschkunde", "Target customer", ["target", "target customer", "wish customer"]),
		phase("Interessent", "Prospect", ["prospect", "lead"]),
		phase("Neukunde", "New customer", ["new", "new customer"]),
		phase("Stammkunde", "Regular customer", ["regular", "regular customer"]),
		phase("Top-Kunde", "Top customer", ["top", "top customer"]),
	],
};

const STEPS: Array<[string, string, string[]]> = [
	["Reflexion", "Reflection", ["reflection"]],
	["Vorbereitung", "Preparation", ["preparation"]],
	["Kontaktaufnahme", "Making contact", ["contact", "making contact"]],
	["Gesprächsbeginn", "Opening", ["opening", "conversation start"]],
	["Positive Beziehung", "Positive relationship", ["positive relationship", "rapport"]],
	["Kundensituation", "Customer situation", ["customer situation", "situation"]],
	["Kundenziele", "Customer goals", ["customer goals", "goals"]],
	["Vorschläge", "Proposals", ["proposals", "proposal"]],
	["Einwände", "Objections", ["objections"]],
	["Entscheidung", "Decision", ["decision"]],
	["Zusatzgeschäft", "Additional business", ["additional business", "upselling", "upsell"]],
	["Gesprächsende", "Closing", ["closing", "end of conversation"]],
	["Nachbereitung", "Follow-up", ["follow-up", "follow up"]],
	["Belohnung", "Reward", ["reward"]],
	["Unterstützung", "Support", ["support"]],
	["Bindung", "Loyalty", ["loyalty", "retention"]],
];

/** The 16 steps of a sale after acquisition (DOMAIN §2). */
export const VERKAUFSPROZESS: PhaseModel = {
	id: "verkaufsprozess",
	name: { de: "Verkaufsprozess", en: "Sales process" },
	aliases: ["sales process", "sales-process", "sales"],
	phases: STEPS.map(([name, en, aliases]) => phase(name, en, aliases)),
};

/** The reduced process that is enough for B and C customers. */
export const VERKAUFSPROZESS_KURZ: PhaseModel = {
	id: "verkaufsprozess-kurz",
	name: { de: "Verkaufsprozess (kurz)", en: "Sales process (short)" },
	aliases: ["sales process short", "short sales process", "kurzprozess"],
	phases: [
		phase("Ziele", "Goals", ["goals"]),
		phase("Erwartungen", "Expectations", ["expectations"]),
		phase("Steuerung", "Steering", ["steering", "control"]),
		phase("Entscheidung", "Decision", ["decision"]),
		phase("Nachbereitung", "Follow-up", ["follow-up", "follow up"]),
	],
};

export const BUILTIN_MODELS: readonly PhaseModel[] = [KUNDENHERZ, BEZIEHUNG, LEBENSZYKLUS, VERKAUFSPROZESS, VERKAUFSPROZESS_KURZ];
