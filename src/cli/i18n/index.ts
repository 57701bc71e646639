import type { Lang } from "../../core/api";
import { cliDe } from "./cli-de";
import { cliEn } from "./cli-en";
import type { CliMessages } from "./cli-messages";

export function cliMessages(lang: Lang): CliMessages {
	return lang === "en" ? cliEn : cliDe;
}
