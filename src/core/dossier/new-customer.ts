import { setScalar, yamlScalar } from "../frontmatter/edit-keys";
import { recordPhase } from "../frontmatter/edit-phases";
import type { YamlLoader } from "../frontmatter/parse";
import type { IsoDay } from "../model/day";

export interface NewCustomer {
	/** The note's name (file name). */
	name: string;
	company: string;
	abc: "A" | "B" | "C" | null;
	phaseModel: string;
	phase: string | null;
	status: string | null;
}

/**
 * A new customer note: a complete dossier skeleton (every field of DOMAIN §1, empty ones left empty so
 * the gaps show in the card) or, when the user has a template, that template with the modal's values
 * set into its frontmatter. {{title}}, {{name}} and {{date}} in a template are filled in.
 */
export function newCustomerNote(input: NewCustomer, today: IsoDay, template: string | null, yaml: YamlLoader): string {
	let text = template === null ? skeleton(input, today) : template.replace(/\{\{\s*(title|name)\s*\}\}/gi, input.name).replace(/\{\{\s*date\s*\}\}/gi, today);
	if (template !== null) {
		text = setScalar(text, ["typ", "type"], "kunde");
		text = setScalar(text, ["firma", "company"], input.company || input.name);
		if (input.status) text = setScalar(text, ["status", "lifecycle"], input.status);
		if (input.abc) text = setScalar(text, ["abc"], input.abc);
		text = setScalar(text, ["phasenmodell", "phaseModel"], input.phaseModel);
	}
	return input.phase ? recordPhase(text, { phase: input.phase, date: today }, yaml) : text;
}

function skeleton(c: NewCustomer, today: IsoDay): string {
	return [
		"---",
		"typ: kunde",
		`firma: ${yamlScalar(c.company || c.name)}`,
		`status: ${c.status ? yamlScalar(c.status) : ""}`,
		`abc: ${c.abc ?? ""}`,
		`phasenmodell: ${c.phaseModel}`,
		"strategie: ",
		"entscheider: []",
		"unterstuetzer: []",
		"ansprechpartner: []",
		"bedarf: ",
		"motive: []",
		"verhaeltnis: ",
		"hindernisse: ",
		"umsatz: ",
		"potenzial: ",
		`erstellt: ${today}`,
		"---",
		"```kundendossier",
		"```",
		"",
		"## Aktivitäten",
		"",
	].join("\n");
}
