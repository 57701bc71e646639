import { count } from "./plural";
import type { Messages } from "./messages";
import { goalsDe } from "./goals-de";

const percent = (share: number) => `${Math.round(share * 100)} %`;
const days = (n: number) => (n === 1 ? "1 Tag" : `${n} Tage`);
/** After "vor" German takes the dative: "vor 164 Tagen". */
const daysAgo = (n: number) => (n === 1 ? "vor 1 Tag" : `vor ${n} Tagen`);

export const de: Messages = {
	lang: "de",
	problems: {
		yamlError: (line, reason) => `Frontmatter ist kein gültiges YAML${line ? ` (Zeile ${line})` : ""}: ${reason}`,
		javascriptFrontmatter: () => "Frontmatter in JavaScript (---js) wird nie ausgeführt; bitte als YAML schreiben (Zeile 1)",
		frontmatterLanguage: (language) => `Frontmatter in „${language}“ wird nicht gelesen; bitte als YAML schreiben (Zeile 1)`,
		frontmatterShape: () => "Frontmatter ist keine Liste von Schlüsseln (Zeile 2)",
		frontmatterExpansion: (reason) =>
			reason === "too-deep"
				? "Frontmatter ist zu tief verschachtelt und wurde nicht gelesen"
				: reason === "cyclic"
					? "Frontmatter verweist mit YAML-Aliasen auf sich selbst und wurde nicht gelesen"
					: "Frontmatter wächst durch YAML-Aliase (*name) ins Uferlose und wurde nicht gelesen",
		unclosedFrontmatter: () => "Frontmatter ist nicht geschlossen: zum --- in Zeile 1 fehlt das schließende ---",
		unknownPhase: (phase, model, phases) => `Phase „${phase}“ gibt es im Modell ${model} nicht (Phasen: ${phases.join(", ")})`,
		unknownPhaseModel: (model, fallback) => `Phasenmodell „${model}“ ist unbekannt; verwendet wird ${fallback}`,
		phaseSkipped: (from, to, skipped) => `Phase übersprungen: von ${from} zu ${to} ohne ${skipped.join(", ")}`,
		phaseOrder: (from, fromDate, to, toDate) => `Phasenverlauf rückwärts datiert: ${to} (${toDate}) liegt vor ${from} (${fromDate})`,
		invalidAbc: (value) => `ABC-Klasse „${value}“ ist ungültig; erlaubt sind A, B oder C`,
		abcMismatch: (abc, computed, share) => `ABC-Klasse ${abc} weicht von der Umsatzanalyse ab: ${computed} (kumuliert ${percent(share)})`,
		noNextStep: () => "Kein nächster Schritt: keine offene, datierte und konkrete Aktivität",
		noContactYet: () => "Kontakt überfällig: noch kein erledigter Kontakt",
		contactOverdue: (last, ago, interval) => `Kontakt überfällig: letzter Kontakt am ${last} (${daysAgo(ago)}, Intervall ${days(interval)})`,
		contactDue: (due, n) => `Kontakt bald fällig: am ${due} (${n === 0 ? "heute" : n === 1 ? "morgen" : `in ${n} Tagen`})`,
		amountUnreadable: (key, value) => `${key}: „${value}“ ist kein Betrag (z. B. 480.000 €, 1,2 Mio, 480 T€)`,
		invalidValue: (key, value, contact) => `${key}${contact ? ` von ${contact}` : ""}: „${value}“ ist kein gültiger Wert`,
	},
	errors: {
		tooLarge: (mb, limit) => `Notiz ist zu groß (${mb.toFixed(1)} MB, Grenze ${limit} MB) und wurde nicht gelesen`,
		utf16: () => "Notiz ist als UTF-16 gespeichert und wurde nicht gelesen; bitte als UTF-8 speichern",
		crOnly: () => "Notiz trennt Zeilen nur mit CR (altes Mac-Format) und wurde nicht gelesen; bitte mit LF oder CRLF speichern",
		unreadableNote: (reason) => `Notiz konnte nicht gelesen werden: ${reason}`,
		unreadableFolder: (reason) => `Ordner konnte nicht gelesen werden: ${reason}`,
		notAFile: () => "Keine gewöhnliche Datei (etwa eine Pipe oder ein Gerät) und wurde nicht gelesen",
		linkOutside: () => "Verknüpfung führt aus dem Vault hinaus und wurde nicht gelesen",
		fileSystem: (code) =>
			({
				EACCES: "keine Leserechte",
				EPERM: "keine Leserechte",
				ENAMETOOLONG: "der Pfad ist zu lang",
				ELOOP: "Verknüpfungen bilden eine Schleife",
				ENOENT: "nicht gefunden (Verknüpfung ins Leere?)",
				EISDIR: "ist ein Ordner",
			})[code] ?? `Fehler ${code}`,
		unexpected: () => "unerwarteter Fehler beim Lesen",
		vaultMissing: (path) => `Vault-Ordner nicht gefunden: ${path}`,
		vaultNotAFolder: (path) => `Kein Ordner: ${path}`,
		vaultUnreadable: (path, reason) => `Vault-Ordner ${path} kann nicht gelesen werden: ${reason}`,
		internal: (message) => `Interner Fehler: ${message}`,
		stop: (message) => `Fehler: ${message}`,
		warning: (message) => `Warnung: ${message}`,
	},
	review: {
		title: (date) => `Tagesreview ${date}`,
		dueToday: "Heute fällig",
		overdue: "Überfällig",
		contactDue: "Kontakt fällig",
		contactDueSoon: "Kontakt bald fällig",
		contactDueOn: (date, n) => `fällig am ${date} (${n === 0 ? "heute" : n === 1 ? "morgen" : `in ${n} Tagen`})`,
		noNextStep: "Ohne nächsten Schritt",
		vague: "Vage Aktivitäten konkretisieren",
		birthdays: (n) => `Geburtstage (nächste ${n} Tage)`,
		overdueSince: (date, n) => `fällig seit ${date}, ${days(n)}`,
		lastContact: (date, interval) => `${date ? `letzter Kontakt ${date}` : "noch kein Kontakt"}${interval ? `, Intervall ${days(interval)}` : ""}`,
		suggestion: "Vorschlag",
		birthdayOn: (date, age) => `am ${date}${age ? `, wird ${age}` : ""}`,
		nothing: "Heute ist nichts offen.",
	},
	summary: {
		title: "Übersicht",
		customers: (n) => count(n, "Kunde", "Kunden"),
		byAbc: "Nach ABC",
		byPhase: "Nach Phase",
		activities: (open, vague, done) => `Aktivitäten: ${open} offen, davon ${vague} vage; ${done} erledigt`,
		problems: (n) => `${count(n, "Problem", "Probleme")} in Dossiers`,
		unreadable: (n) => `${count(n, "Notiz", "Notizen")} nicht vollständig lesbar`,
		noClass: "ohne Klasse",
		noPhase: "ohne Phase",
	},
	goals: goalsDe,
	reasons: {
		"vague-phrase": "Pseudo-Aktivität",
		"waiting-verb": "wartet auf andere",
		"no-action": "ohne Handlung",
		"no-date": "kein Datum",
		"floating-date": "Datum ohne Bezug",
		"no-person": "keine Person",
		"mixed-purpose": "Beziehung und Geschäft gemischt",
	},
	yamlReasons: {
		indentation: "Einrückung passt nicht zu den Zeilen darüber",
		tab: "Tabulator in der Einrückung; bitte Leerzeichen verwenden",
		"unclosed-quote": "Anführungszeichen wird nicht geschlossen",
		"unclosed-bracket": "Klammer wird nicht geschlossen",
		colon: "Schlüssel und Wert brauchen einen Doppelpunkt mit Leerzeichen (schlüssel: wert)",
		"duplicate-key": "Schlüssel steht doppelt",
		"unknown-alias": "unbekannter YAML-Alias (*name)",
		"unknown-tag": "unbekannter YAML-Tag (!name)",
		syntax: "Syntaxfehler",
	},
	insert: {
		refused: {
			"unpaired-marker": (note) =>
				`${note}: Ein Review-Marker (%% kundendossier-review:start %% oder :end %%) steht ohne Partner. Nichts geschrieben; bitte den Marker ergänzen oder entfernen.`,
			"several-sections": (note) => `${note} enthält mehr als einen Review-Abschnitt. Nichts geschrieben; bitte einen davon entfernen.`,
			"open-code-block": (note) => `${note} endet in einem nicht geschlossenen Codeblock. Nichts geschrieben; bitte den Codeblock schließen.`,
			"unsafe-review": (note) => `Das Review hätte den Abschnitt in ${note} gestört. Nichts geschrieben.`,
		},
		inserted: (note) => `Tagesreview eingefügt: ${note}`,
		unchanged: (note) => `Tagesreview in ${note} ist schon aktuell; nichts geändert`,
		changed: (note) => `${note} wurde während des Schreibens geändert. Nichts geschrieben; bitte noch einmal ausführen.`,
		unwritable: (note, reason) => `${note} konnte nicht geschrieben werden: ${reason}`,
	},
	preview: {
		vague: (reasons, suggestion) => `Vage (${reasons}): ${suggestion}`,
		hinted: (reasons, advice) => `Konkret, aber ${reasons}: ${advice}`,
		concrete: "Konkret: Datum, Person und Handlung sind genannt.",
	},
	export: {
		calendarName: (vault) => `Kundendossier – ${vault}`,
		vague: "vage",
		customer: (path) => `Kunde: ${path}`,
		suggestion: (text) => `Vorschlag: ${text}`,
		formatNeeded: "export braucht genau eines von --ics (Kalender) oder --csv (Tabelle)",
	},
};
