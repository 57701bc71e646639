/**
 * A stand-in for an open note's Editor that replaces whole lines (the plugin writes one line, or one
 * line with what it turns into): it records each replacement and keeps the text it makes.
 */
export function lineEditor(initial: string) {
	let value = initial;
	const replaced: Array<{ text: string; line: number }> = [];
	const editor = {
		getValue: () => value,
		getLine: (n: number) => value.split("\n")[n] ?? "",
		replaceRange(text: string, from: { line: number }) {
			replaced.push({ text, line: from.line });
			const lines = value.split("\n");
			lines[from.line] = text;
			value = lines.join("\n");
		},
	};
	return { editor, replaced };
}
