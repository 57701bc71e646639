/**
 * Daily-note formats as users set them in the core Daily notes or Periodic Notes plugin, with the
 * name each gives Monday, 2026-11-23, in Obsidian's German or English. The CLI's and the plugin's
 * readers and writers are all held to this one table.
 */
export const DAILY_FORMATS: Array<{ format: string; lang: "de" | "en"; folder: string; name: string }> = [
	{ format: "YYYY-MM-DD", lang: "de", folder: "", name: "2026-11-23" },
	{ format: "DD.MM.YYYY", lang: "de", folder: "Journal", name: "23.11.2026" },
	{ format: "dddd, D. MMMM YYYY", lang: "de", folder: "Tagesnotizen", name: "Montag, 23. November 2026" },
	{ format: "dddd, MMMM Do, YYYY", lang: "en", folder: "Daily", name: "Monday, November 23rd, 2026" },
	{ format: "YYYY/MM/YYYY-MM-DD", lang: "de", folder: "Journal", name: "2026/11/2026-11-23" },
	{ format: "YYYY/MMMM/DD. MMMM YYYY", lang: "de", folder: "", name: "2026/November/23. November 2026" },
	{ format: "ddd, D. MMM YYYY", lang: "de", folder: "", name: "Mo., 23. Nov. 2026" },
	{ format: "ddd MMM D YYYY", lang: "en", folder: "Journal", name: "Mon Nov 23 2026" },
	{ format: "[Tag] YYYYMMDD", lang: "de", folder: "", name: "Tag 20261123" },
	{ format: "YY-MM-DD dddd", lang: "de", folder: "Notizen/Tage", name: "26-11-23 Montag" },
	{ format: "D. MMMM YYYY", lang: "de", folder: "", name: "23. November 2026" },
	{ format: "MMMM D, YYYY", lang: "en", folder: "Journal", name: "November 23, 2026" },
	{ format: "YYYY-MM-DD [KW]ww", lang: "de", folder: "", name: "" },
];
