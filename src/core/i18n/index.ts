import { de } from "./de";
import { en } from "./en";
import type { Lang } from "./lang";
import type { Messages } from "./messages";

export function messages(lang: Lang): Messages {
	return lang === "en" ? en : de;
}
