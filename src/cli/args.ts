import { isIsoDay } from "../core/dates/day";
import { isLang, type Lang } from "../core/i18n/lang";

export type Command = "index" | "review" | "lint" | "export";

export interface CliArgs {
	command: Command;
	vault: string;
	/** `--today` (index, lint) or `--date` (review); null means the local date. */
	today: string | null;
	folder: string | null;
	/** `--templates`: a templates folder besides those the vault's settings name. */
	templates: string | null;
	json: boolean;
	lang: Lang | null;
	summary: boolean;
	/** review: write the review into the day's daily note instead of printing it. */
	insert: boolean;
	/** export: the calendar (`--ics`) or the table (`--csv`); exactly one is checked once the language is known. */
	ics: boolean;
	csv: boolean;
	/** review: `--goals`, the goals note's path in the vault; null means the setting. */
	goals: string | null;
}

/** A usage mistake: reported on stderr with exit code 2. */
export class UsageError extends Error {}

const COMMANDS: readonly Command[] = ["index", "review", "lint", "export"];
const VALUE_OPTIONS = new Set(["--today", "--date", "--folder", "--lang", "--templates", "--goals"]);
const FLAGS = new Set(["--json", "--summary", "--insert", "--ics", "--csv"]);

export function parseArgs(argv: readonly string[]): CliArgs | "help" {
	if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) return "help";
	const [command, ...rest] = argv;
	if (!COMMANDS.includes(command as Command)) throw new UsageError(`Unbekannter Befehl „${command}“ (index, review, lint, export)`);
	const values = new Map<string, string>();
	const flags = new Set<string>();
	const positional: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i] as string;
		const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
		if (VALUE_OPTIONS.has(name)) {
			const value = inline ?? rest[++i];
			if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new UsageError(`${name} braucht einen Wert`);
			values.set(name, value);
		} else if (FLAGS.has(name)) {
			flags.add(name);
		} else if (arg.startsWith("-")) {
			throw new UsageError(`Unbekannte Option „${arg}“`);
		} else {
			positional.push(arg);
		}
	}
	if (positional.length === 0) throw new UsageError("Vault-Ordner fehlt");
	if (positional.length > 1) throw new UsageError(`Nur ein Vault-Ordner, nicht ${positional.length}: ${positional.join(", ")}`);
	const dateOption = command === "review" ? "--date" : "--today";
	const wrongDate = command === "review" ? "--today" : "--date";
	const today = values.get(dateOption) ?? values.get(wrongDate) ?? null;
	if (today !== null && !isIsoDay(today)) throw new UsageError(`${dateOption} erwartet ein Datum JJJJ-MM-TT, nicht „${today}“`);
	const lang = values.get("--lang") ?? null;
	if (lang !== null && !isLang(lang)) throw new UsageError(`--lang erwartet de oder en, nicht „${lang}“`);
	const folder = values.get("--folder") ?? null;
	if (folder !== null && folder.trim() === "") throw new UsageError("--folder braucht einen Ordnernamen");
	const templates = values.get("--templates") ?? null;
	if (templates !== null && templates.trim() === "") throw new UsageError("--templates braucht einen Ordnernamen");
	const goals = values.get("--goals") ?? null;
	if (goals !== null && goals.trim() === "") throw new UsageError("--goals braucht den Pfad der Zielnotiz");
	return { command: command as Command, vault: positional[0] as string, today, folder, templates, json: flags.has("--json"), lang, summary: flags.has("--summary"), insert: flags.has("--insert"), ics: flags.has("--ics"), csv: flags.has("--csv"), goals };
}

export const USAGE = `Kundendossier – Kundendossiers, Phasen, ABC und Aktivitäten aus einem Obsidian-Vault

Aufruf:
  kundendossier index  <vault> [--today JJJJ-MM-TT] [--folder Kunden] [--templates Vorlagen] [--json]
  kundendossier review <vault> [--date JJJJ-MM-TT] [--folder Kunden] [--templates Vorlagen] [--goals Pfad] [--summary]
  kundendossier review <vault> --insert [--date JJJJ-MM-TT]
  kundendossier lint   <vault> [--today JJJJ-MM-TT] [--folder Kunden] [--templates Vorlagen] [--json]
  kundendossier export <vault> --ics | --csv [--today JJJJ-MM-TT] [--folder Kunden] [--templates Vorlagen]

Optionen:
  --today, --date  Stichtag (Standard: heute, lokale Zeit)
  --folder         Kundenordner im Vault (Standard: Kunden, oder wie in den Plugin-Einstellungen)
  --templates      Vorlagenordner, zusätzlich zu dem der Kern-Vorlagen und von Templater
                   (ohne beide: Vorlagen und Templates); Vorlagen sind nie Kunden
  --json           Ausgabe als JSON
  --lang de|en     Sprache der Texte (Standard: de, oder wie in den Plugin-Einstellungen)
  --goals          review: Zielnotiz mit den Verkaufszielen (Standard: Notizen/Vertriebsziele <Jahr>.md,
                   sonst die des nächsten Jahres, oder wie in den Plugin-Einstellungen)
  --summary        review: zusätzlich eine Übersicht
  --insert         review: zwischen den Markern in die Tagesnotiz schreiben (wie der Plugin-Befehl)
  --ics            export: offene datierte Aktivitäten als Kalender (iCalendar, ganztägig)
  --csv            export: ein Kundendossier je Zeile als Tabelle (CSV, UTF-8 mit BOM)

Der Vault wird nur gelesen; nur review --insert schreibt, und nur den Review-Abschnitt der Tagesnotiz. Exit-Codes: 0 ok, 1 Probleme gefunden (lint), 2 Fehler im Aufruf oder Vault nicht lesbar, 3 interner Fehler.
`;
