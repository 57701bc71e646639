import type { Lang } from "../../core/i18n/lang";
import { cliDe } from "./cli-de";
import { cliEn } from "./cli-en";
import type { CliMessages } from "./cli-messages";

export function cliMessages(lang: Lang): CliMessages {
	return lang === "en" ? cliEn : cliDe;
}
