import type { CliMessages } from "./cli-messages";

const folders = (names: readonly string[]) => names.map((n) => `“${n}”`).join(", ");

export const cliEn: CliMessages = {
	usage: `Kundendossier – customer dossiers, phases, ABC and activities from an Obsidian vault

Usage:
  kundendossier index  <vault> [--today YYYY-MM-DD] [--folder Kunden] [--templates Vorlagen] [--json]
  kundendossier review <vault> [--date YYYY-MM-DD] [--folder Kunden] [--templates Vorlagen] [--goals path] [--summary]
  kundendossier review <vault> --insert [--date YYYY-MM-DD]
  kundendossier lint   <vault> [--today YYYY-MM-DD] [--folder Kunden] [--templates Vorlagen] [--json]
  kundendossier export <vault> --ics | --csv [--today YYYY-MM-DD] [--folder Kunden] [--templates Vorlagen]

Options:
  --today, --date  the day to work for (default: today, local time)
  --folder         customer folder in the vault (default: Kunden, or as in the plugin's settings)
  --templates      templates folder, besides those of core Templates and Templater
                   (with neither: Vorlagen and Templates); templates are never customers
  --json           output as JSON
  --lang de|en     language of the texts (default: de, or as in the plugin's settings)
  --goals          review: the goals note with the sales goals (default: Notizen/Vertriebsziele <year>.md,
                   else next year's, or as in the plugin's settings)
  --summary        review: an overview as well
  --insert         review: write it between its markers into the daily note (as the plugin's command does)
  --ics            export: open dated activities as a calendar (iCalendar, all-day)
  --csv            export: one customer dossier per row as a table (CSV, UTF-8 with BOM)

The vault is only read; only review --insert writes, and only the review section of the daily note. Exit codes: 0 ok, 1 problems found (lint), 2 error in the call or vault unreadable, 3 internal error.
`,
	usageErrors: {
		unknownCommand: (command, commands) => `Unknown command “${command}” (${commands.join(", ")})`,
		needsValue: (option) => `${option} needs a value`,
		unknownOption: (option) => `Unknown option “${option}”`,
		noVault: "Vault folder missing",
		oneVault: (vaults) => `Only one vault folder, not ${vaults.length}: ${vaults.join(", ")}`,
		notADate: (option, value) => `${option} expects a date YYYY-MM-DD, not “${value}”`,
		noSuchDay: (option, value) => `${option} ${value}: that day does not exist in the calendar`,
		lang: (value) => `--lang expects de or en, not “${value}”`,
		folderName: (option) => `${option} needs a folder name`,
		goalsPath: "--goals needs the path of the goals note",
	},
	invalidSetting: (key, file) => `Setting “${key}” in ${file} is invalid; using its default`,
	customerFolderMissing: (names) =>
		names.length === 1
			? `The customer folder ${folders(names)} is not in the vault; no customers found`
			: `The customer folders ${folders(names)} are not in the vault; no customers found`,
};
