import type { NoteInput } from "../src/core/index/note";
import { createRng, type Rng } from "./rng";

/**
 * A synthetic vault like a salesperson's after some years: 10 % customer notes with full dossiers,
 * daily notes linking customers, meeting and reference notes with prose, lists and code. Activity
 * lines use every date form of the CONTRACT in German and English. About 3 KB per note.
 */
const PEOPLE = [
	"Frau Gerens",
	"Herrn Kaiser",
	"Herrn Meier",
	"Frau Porens",
	"Frau Scharens",
	"Mr. Smith",
	"Ms. Patel",
	"den Betriebsleiter",
	"die Einkaufsleiterin",
];
const ACTIONS = [
	"das Konzept vorstellen",
	"das Angebot erläutern",
	"die Referenz schicken",
	"den Liefertermin klären",
	"die Demo vorbereiten",
	"present the new line",
	"send the quote",
	"walk through the contract",
];
const DATES = [
	"📅 2026-11-25",
	"⏳ 2026-12-01",
	"[fällig:: 2026-12-03]",
	"am 3.12.",
	"bis 15.12.2026",
	"23.11.26",
	"übermorgen",
	"in 2 Wochen",
	"nächsten Dienstag",
	"KW 49",
	"Ende Januar",
	"Mitte Dezember",
	"Am 15. November",
	"next Tuesday",
	"in 3 weeks",
	"Ende nächster Woche",
	"",
];
const VAGUE = [
	"Um Rückruf bitten",
	"Auf Entscheidung warten",
	"Akquisition im Raum Süd erhöhen",
	"Wait for their decision",
	"Versuchen, Herrn Brandt zu erreichen",
];
const PROSE = [
	"Ich mache das so, wie wir es besprochen haben, und melde mich danach.",
	"Version 2.1 der Software läuft stabil; 3 Muster sind unterwegs.",
	"The customer mentioned budget constraints for the next quarter, nothing decided yet.",
	"Die Halle 2 wird im Frühjahr umgebaut, danach steigt der Bedarf an Wartung deutlich.",
	"Beim Mittagessen ging es vor allem um die Nachfolge im Familienbetrieb.",
];
const MODELS: Array<[string, string[]]> = [
	["kundenherz", ["Gelegenheit", "Kennenlernen", "Vertiefung", "Vertrauen", "Intime Phase"]],
	["beziehung", ["Verliebtheit", "Ernüchterung", "Machtkampf", "Ich-Du-Wir", "Zuhause"]],
	["lebenszyklus", ["Interessent", "Neukunde", "Stammkunde", "Top-Kunde"]],
];

function day(rng: Rng, year = 2026): string {
	return `${year}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
}

function activity(rng: Rng, link: string | null): string {
	const box = rng.pick(["- [ ] ", "- [x] ", "- ", "* [ ] ", "1. [ ] ", "> - [ ] "]);
	const done = box.includes("[x]") ? ` ✅ ${day(rng)}` : "";
	const text = rng.chance(0.15) ? rng.pick(VAGUE) : `${rng.pick(PEOPLE)} ${rng.pick(ACTIONS)}`;
	return `${box}${rng.pick(DATES)} ${link ? `[[${link}]] ` : ""}${text}${done}`.replace(/\s+/g, " ").trimEnd();
}

function filler(rng: Rng, lines: string[], bytes: number): void {
	while (lines.join("\n").length < bytes) {
		const kind = rng.int(0, 9);
		if (kind < 5) lines.push(rng.pick(PROSE));
		else if (kind < 7) lines.push(`- ${rng.pick(["Fuhrpark: 40 LKW", "Standort Aalen", "ERP: SAP", "Schichtbetrieb"])}`);
		else if (kind < 8) lines.push("```", "- [ ] kein Termin 📅 2026-11-24", "const x = 1;", "```");
		else lines.push(`## ${rng.chance(0.5) ? `${day(rng)} Notizen` : "Hintergrund"}`);
	}
}

function customerNote(rng: Rng, i: number): NoteInput {
	const [model, phases] = rng.pick(MODELS);
	const current = rng.int(0, phases.length - 1);
	const lines = [
		"---",
		"typ: kunde",
		`firma: Kunde ${i} GmbH`,
		`status: ${rng.pick(["Interessent", "Neukunde", "Stammkunde"])}`,
		`abc: ${rng.pick(["A", "B", "C", "C"])}`,
		`phasenmodell: ${model}`,
		`phase: ${phases[current]}`,
		"phasen:",
		...phases.slice(0, current + 1).flatMap((p) => [`  - phase: ${p}`, `    datum: ${day(rng, 2025)}`]),
		`strategie: Partner für die Instandhaltung werden`,
		"entscheider:",
		`  - ${rng.pick(PEOPLE)} (entscheidet mit dem Einkauf)`,
		"ansprechpartner:",
		`  - name: ${rng.pick(PEOPLE)}`,
		"    rolle: Einkauf",
		`    geburtstag: 19${rng.int(55, 95)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
		`umsatz: ${rng.int(0, 500) * 1000}`,
		`potenzial: ${rng.int(0, 800) * 1000}`,
		`erstellt: ${day(rng, 2024)}`,
		"---",
		`# Kunde ${i}`,
		rng.pick(PROSE),
		"## Aktivitäten",
	];
	for (let k = rng.int(3, 12); k > 0; k--) lines.push(activity(rng, null));
	filler(rng, lines, rng.int(2000, 4000));
	return { path: `Kunden/Kunde ${i}.md`, text: lines.join(rng.chance(0.1) ? "\r\n" : "\n") };
}

export function generateVault(notes: number, seed = 42): NoteInput[] {
	const rng = createRng(seed);
	const customers = Math.max(1, Math.round(notes * 0.1));
	const out: NoteInput[] = [];
	for (let i = 0; i < customers; i++) out.push(customerNote(rng, i));
	for (let i = customers; i < notes; i++) {
		const daily = rng.chance(0.4);
		const lines = daily ? [`# ${day(rng)}`] : [`---\nerstellt: ${day(rng, 2025)}\n---`, `# Notiz ${i}`];
		for (let k = rng.int(0, daily ? 8 : 3); k > 0; k--) lines.push(activity(rng, rng.chance(0.8) ? `Kunde ${rng.int(0, customers - 1)}` : null));
		filler(rng, lines, rng.int(1500, 4500));
		const date = `${2020 + (i % 7)}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
		out.push({
			path: daily ? `Tagesnotizen/${date} ${i}.md`.replace(/ \d+\.md$/, i < 2557 ? ".md" : ` ${i}.md`) : `Notizen/Notiz ${i}.md`,
			text: lines.join("\n"),
		});
	}
	return out;
}
