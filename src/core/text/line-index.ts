import { skipBlanks } from "./blanks";
import { BOM, CR, LF, SPACE, TAB } from "./char-codes";

/**
 * A note's lines without a string per line. A scan looks at the first character of most lines
 * only, and takes out the few it needs (headings, list items, the frontmatter): splitting every
 * note into strings cost about a fifth of a cold index. Lines come out as `splitLines` gives them:
 * without a leading BOM and without their LF or CRLF.
 */
export class LineIndex {
	readonly length: number;
	private readonly starts: number[];

	constructor(private readonly text: string) {
		const starts = [text.charCodeAt(0) === BOM ? 1 : 0];
		for (let i = text.indexOf("\n", starts[0]); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
		this.starts = starts;
		this.length = starts.length;
	}

	/** Line `i` (0-based); "" beyond the last line. */
	at(i: number): string {
		const start = this.starts[i];
		return start === undefined ? "" : this.text.slice(start, this.end(i));
	}

	/** The code of the first character of line `i` that is no space or tab; NaN when there is none. */
	firstCode(i: number): number {
		// Most lines start with something other than a blank or their line break: no end to look for.
		const first = this.text.charCodeAt(this.starts[i] ?? this.text.length);
		if (first > SPACE || (first < SPACE && first !== TAB && first !== LF && first !== CR)) return first;
		const end = this.end(i);
		const at = skipBlanks(this.text, this.starts[i] ?? end, end);
		return at < end ? this.text.charCodeAt(at) : Number.NaN;
	}

	/** Whether line `i` holds the character `code`, without taking the line out (nor searching past it). */
	holdsCode(i: number, code: number): boolean {
		const end = this.end(i);
		for (let at = this.starts[i] ?? end; at < end; at++) if (this.text.charCodeAt(at) === code) return true;
		return false;
	}

	/** Whether any line holds `part` (a rare marker is ruled out for the whole note at once). */
	mayHold(part: string): boolean {
		return this.text.includes(part);
	}

	/** Where line `i` ends: before its LF, and before a CR that precedes that LF. */
	private end(i: number): number {
		const next = this.starts[i + 1];
		if (next === undefined) return this.text.length;
		return next >= 2 && this.text.charCodeAt(next - 2) === CR && next - 2 >= (this.starts[i] ?? 0) ? next - 2 : next - 1;
	}
}
