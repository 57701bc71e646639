import { normalizeFolder } from "../text/folders";
import type { AbcClass } from "../model/customer";
import type { Settings } from "../settings/settings";
import { expressionString as str, yamlQuoted as q } from "./yaml-quote";

/** What the base is made from: where customers are, and the contact intervals per class. */
export type BaseSettings = Pick<Settings, "customerFolders" | "customerMarkers" | "templateFolders" | "contactIntervals">;

/** The file name the command writes and the example vault holds. */
export const CUSTOMERS_BASE = "Kunden.base";

/** Columns every view shows, in this order: plain frontmatter keys, then the formulas over them. */
const COLUMNS = [
	"file.name",
	"note.firma",
	"note.status",
	"note.abc",
	"note.phasenmodell",
	"note.phase",
	"note.umsatz",
	"note.letzter_kontakt",
	"formula.naechster_kontakt",
];

const DISPLAY: Array<[string, string]> = [
	["note.firma", "Firma"],
	["note.status", "Status"],
	["note.abc", "Klasse"],
	["note.phasenmodell", "Phasenmodell"],
	["note.phase", "Phase"],
	["note.umsatz", "Umsatz"],
	["note.letzter_kontakt", "Letzter Kontakt"],
	["formula.intervall", "Kontaktintervall (Tage)"],
	["formula.naechster_kontakt", "Nächster Kontakt fällig"],
];

/** `kontaktintervall` when it is a number of days, else the class default of the settings. */
function intervalFormula(intervals: Record<AbcClass, number>): string {
	const byClass = (["A", "B", "C"] as const).reduceRight((rest, abc) => `if(abc == ${str(abc)}, ${intervals[abc]}${rest ? `, ${rest}` : ""})`, "");
	return `if(kontaktintervall.isType("number"), kontaktintervall, ${byClass})`;
}

function marker(text: string): string | null {
	const i = text.indexOf(":");
	const key = text.slice(0, i).trim();
	return i > 0 && /^[\p{L}_][\p{L}\p{N}_]*$/u.test(key) ? `${key} == ${str(text.slice(i + 1).trim())}` : null;
}

/** Which notes are customers: in a customer folder or marked, never a template, never the base itself. */
function filters(settings: BaseSettings): string[] {
	const folders = settings.customerFolders.map(normalizeFolder);
	const lines = ["filters:", "  and:", `    - ${q('file.ext == "md"')}`];
	if (!folders.includes("")) {
		const wanted = [...folders.map((f) => `file.inFolder(${str(f)})`), ...settings.customerMarkers.flatMap((m) => marker(m) ?? [])];
		lines.push("    - or:", ...wanted.map((w) => `        - ${q(w)}`));
	}
	const templates = settings.templateFolders.map(normalizeFolder).filter((f) => f !== "");
	if (templates.length > 0) lines.push("    - not:", ...templates.map((f) => `        - ${q(`file.inFolder(${str(f)})`)}`));
	return lines;
}

function view(name: string, extra: string[]): string[] {
	return [`  - type: table`, `    name: ${q(name)}`, ...extra, "    order:", ...COLUMNS.map((c) => `      - ${c}`)];
}

const sortBy = (property: string) => ["    sort:", `      - property: ${property}`, "        direction: ASC"];
const groupBy = (property: string) => ["    groupBy:", `      property: ${property}`, "      direction: ASC"];

/**
 * The text of a `.base` file (Obsidian Bases) listing customers by class, phase and status, with the
 * next contact due. Bases reads frontmatter only: the last contact is the `letzter_kontakt` key where
 * a note keeps one; the plugin's own last contact comes from activity lines, which Bases cannot see.
 */
export function customersBase(settings: BaseSettings): string {
	const lines = [
		"# Kundendossier: Kunden nach Klasse, Phase und Status. Angelegt mit „Kundenbasis anlegen“; frei änderbar.",
		...filters(settings),
		"formulas:",
		`  intervall: ${q(intervalFormula(settings.contactIntervals))}`,
		`  naechster_kontakt: ${q('if(letzter_kontakt && formula.intervall, date(letzter_kontakt) + duration(formula.intervall + "d"))')}`,
		`  kontakt_faellig: ${q("if(formula.naechster_kontakt, formula.naechster_kontakt <= today(), false)")}`,
		"properties:",
		...DISPLAY.flatMap(([property, name]) => [`  ${property}:`, `    displayName: ${q(name)}`]),
		"views:",
		...view("Alle Kunden", sortBy("note.abc")),
		...view("Nach Klasse", groupBy("note.abc")),
		...view("Nach Phase", groupBy("note.phase")),
		...view("Nach Status", groupBy("note.status")),
		...view("Kontakt fällig", ["    filters:", "      and:", `        - ${q("formula.kontakt_faellig")}`, ...sortBy("formula.naechster_kontakt")]),
	];
	return `${lines.join("\n")}\n`;
}
