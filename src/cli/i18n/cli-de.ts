import type { CliMessages } from "./cli-messages";

const folders = (names: readonly string[]) => names.map((n) => `„${n}“`).join(", ");

export const cliDe: CliMessages = {
	usage: `Kundendossier – Kundendossiers, Phasen, ABC und Aktivitäten aus einem Obsidian-Vault

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
`,
	usageErrors: {
		unknownCommand: (command, commands) => `Unbekannter Befehl „${command}“ (${commands.join(", ")})`,
		needsValue: (option) => `${option} braucht einen Wert`,
		unknownOption: (option) => `Unbekannte Option „${option}“`,
		noVault: "Vault-Ordner fehlt",
		oneVault: (vaults) => `Nur ein Vault-Ordner, nicht ${vaults.length}: ${vaults.join(", ")}`,
		notADate: (option, value) => `${option} erwartet ein Datum JJJJ-MM-TT, nicht „${value}“`,
		noSuchDay: (option, value) => `${option} ${value}: diesen Tag gibt es im Kalender nicht`,
		lang: (value) => `--lang erwartet de oder en, nicht „${value}“`,
		folderName: (option) => `${option} braucht einen Ordnernamen`,
		goalsPath: "--goals braucht den Pfad der Zielnotiz",
	},
	invalidSetting: (key, file) => `Einstellung „${key}“ in ${file} ist ungültig; Standardwert verwendet`,
	// "Kundenordner" is singular and plural alike.
	customerFolderMissing: (names) => `Kundenordner ${folders(names)} gibt es im Vault nicht; keine Kunden gefunden`,
};
