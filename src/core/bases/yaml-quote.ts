/** A YAML single-quoted scalar: nothing in it is special but the quote, which is doubled. */
export function yamlQuoted(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}

/** A string literal inside a Bases expression (double-quoted, backslash escapes). */
export function expressionString(text: string): string {
	return JSON.stringify(text);
}
