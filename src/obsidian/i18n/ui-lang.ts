import { getLanguage } from "obsidian";
import type { Lang } from "../../core/api";
import { uiDe } from "./ui-de";
import { uiEn } from "./ui-en";
import type { UiStrings } from "./ui-strings";

/** German when Obsidian speaks German, else English, unless the user chose. */
export function resolveLang(mode: "auto" | Lang): Lang {
	if (mode !== "auto") return mode;
	return getLanguage().toLowerCase().startsWith("de") ? "de" : "en";
}

export function uiStrings(lang: Lang): UiStrings {
	return lang === "de" ? uiDe : uiEn;
}
