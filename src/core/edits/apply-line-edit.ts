/**
 * Changes one line of a note's text after checking it still says what was read. The note may have
 * changed since: when the line moved (lines added above), the one identical line elsewhere is edited;
 * when it was edited, removed or now stands twice, nothing is written. Every other byte stays: BOM,
 * each line's own ending (CRLF or LF), trailing spaces.
 */
export type EditRefusal = "changed" | "ambiguous" | "not-an-item";

export type EditResult = { ok: true; text: string; line: number } | { ok: false; reason: EditRefusal };

export function applyLineEdit(fileText: string, line: number, expected: string, edit: (raw: string) => string | null): EditResult {
	const bom = fileText.startsWith("\uFEFF") ? "\uFEFF" : "";
	const parts = fileText.slice(bom.length).split(/(\r?\n)/);
	// parts alternates: line, ending, line, ending, …, line
	const lineAt = (i: number) => parts[2 * i] ?? "";
	const count = Math.ceil(parts.length / 2);
	let index = line - 1;
	if (index < 0 || index >= count || lineAt(index) !== expected) {
		const matches: number[] = [];
		for (let i = 0; i < count; i++) if (lineAt(i) === expected) matches.push(i);
		if (matches.length === 0) return { ok: false, reason: "changed" };
		if (matches.length > 1) return { ok: false, reason: "ambiguous" };
		index = matches[0] as number;
	}
	const next = edit(lineAt(index));
	if (next === null) return { ok: false, reason: "not-an-item" };
	parts[2 * index] = next;
	return { ok: true, text: bom + parts.join(""), line: index + 1 };
}
