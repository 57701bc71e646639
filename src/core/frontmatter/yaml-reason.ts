import type { YamlReason } from "../model/reasons";

/** The YAML parser's reasons (js-yaml's, which Obsidian's parser shares), by what the user has to fix. */
const REASONS: ReadonlyArray<[RegExp, YamlReason]> = [
	[/tab characters/, "tab"],
	[/indentation/, "indentation"],
	[/quoted scalar/, "unclosed-quote"],
	[/flow collection/, "unclosed-bracket"],
	[/duplicated mapping key/, "duplicate-key"],
	[/unidentified alias/, "unknown-alias"],
	[/unknown tag/, "unknown-tag"],
	[/implicit mapping pair|colon is missed|key-value separator/, "colon"],
];

/**
 * The parser's English reason as one of ours, so a German message never carries an English one.
 * A reason we do not know is a syntax error: the message names its line all the same.
 */
export function yamlReason(parserReason: string): YamlReason {
	return REASONS.find(([pattern]) => pattern.test(parserReason))?.[1] ?? "syntax";
}
