import { describe, expect, it } from "vitest";
import { frontmatterMessage } from "../../../src/core/index/evaluate-customer";
import { messages } from "../../../src/core/i18n";
import { parseFrontmatter } from "../../../src/core/frontmatter/parse";
import { parseYaml } from "../../../src/core/frontmatter/yaml-schema";
import { findFrontmatter } from "../../../src/core/markdown/frontmatter-block";
import { LineIndex } from "../../../src/core/text/line-index";

/** The message for the note's broken frontmatter in `lang`. */
function message(yaml: string, lang: "de" | "en"): string {
	const block = findFrontmatter(new LineIndex(`---\n${yaml}\n---\n`));
	const result = block && parseFrontmatter(block, parseYaml);
	if (!result?.error) throw new Error(`no error for ${yaml}`);
	return frontmatterMessage(result.error, messages(lang));
}

describe("a YAML error speaks one language", () => {
	it.each([
		[
			"firma: Vogt\n  ort: Berlin",
			"Frontmatter ist kein gültiges YAML (Zeile 3): Einrückung passt nicht zu den Zeilen darüber",
			"Frontmatter is not valid YAML (line 3): indentation does not fit the lines above",
		],
		[
			'firma: "Vogt',
			"Frontmatter ist kein gültiges YAML (Zeile 2): Anführungszeichen wird nicht geschlossen",
			"Frontmatter is not valid YAML (line 2): a quote is not closed",
		],
		[
			"firma: Vogt\nfirma: Brandt",
			"Frontmatter ist kein gültiges YAML (Zeile 3): Schlüssel steht doppelt",
			"Frontmatter is not valid YAML (line 3): a key appears twice",
		],
		[
			"tags: [a, b",
			"Frontmatter ist kein gültiges YAML (Zeile 2): Klammer wird nicht geschlossen",
			"Frontmatter is not valid YAML (line 2): a bracket is not closed",
		],
	])("%j", (yaml, german, english) => {
		expect(message(yaml, "de")).toBe(german);
		expect(message(yaml, "en")).toBe(english);
	});

	it("leaves no English words of the parser in a German message", () => {
		for (const yaml of ["a: b\n\tc: d", "a: *nix", "a: !frob x", "? [a\n: b", "a: b\n- c"]) {
			expect(message(yaml, "de"), yaml).not.toMatch(/\b(the|of|a|an|is|not|mapping|indentation|expected|stream)\b/i);
		}
	});
});
