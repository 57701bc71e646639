import { setScalar, yamlScalar, type FrontmatterEdit } from "../frontmatter/edit-keys";
import { recordPhase } from "../phases/record-phase";
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
 * set into its frontmatter. {{title}}, {{name}} and {{date}} in a template are filled in. A template
 * whose frontmatter cannot be edited safely is refused.
 */
export function newCustomerNote(input: NewCustomer, today: IsoDay, template: string | null, yaml: YamlLoader): FrontmatterEdit {
	let result: FrontmatterEdit = {
		ok: true,
		text: template === null ? skeleton(input, today) : template.replace(/\{\{\s*(title|name)\s*\}\}/gi, input.name).replace(/\{\{\s*date\s*\}\}/gi, today),
	};
	const set = (keys: readonly string[], value: string) => {
		if (result.ok) result = setScalar(result.text, keys, value, yaml);
	};
	if (template !== null) {
		set(["typ", "type"], "kunde");
		set(["firma", "company"], input.company || input.name);
		if (input.status) set(["status", "lifecycle"], input.status);
		if (input.abc) set(["abc"], input.abc);
		set(["phasenmodell", "phaseModel"], input.phaseModel);
	}
	return result.ok && input.phase ? recordPhase(result.text, { phase: input.phase, date: today }, yaml) : result;
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
