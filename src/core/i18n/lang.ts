/** The languages the UI and the review speak. German first. */
export type Lang = "de" | "en";

export const LANGS: readonly Lang[] = ["de", "en"];

export function isLang(value: unknown): value is Lang {
	return value === "de" || value === "en";
}
