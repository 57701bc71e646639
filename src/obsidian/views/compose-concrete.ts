import { DUE_EMOJI, type Lang } from "../../core/api";

/** The new activity text: what, with whom (unless already named), and the date as a Tasks due date. */
export function composeConcrete(text: string, date: string | null, person: string, lang: Lang): string {
	let out = text.trim().replace(/\s+/g, " ");
	const who = person.trim();
	if (who && !out.toLowerCase().includes(who.toLowerCase())) out = `${out} (${lang === "de" ? "mit" : "with"} ${who})`;
	return date ? `${out} ${DUE_EMOJI} ${date}` : out;
}
