import { SPACE, TAB } from "../text/char-codes";
/**
 * Which item a list item is nested in, by indentation: the nearest earlier item indented less. A
 * heading ends every list. Tabs count as four columns, as CommonMark's tab stops give for list
 * indentation in practice. Headings nest the same way by their level.
 */
export class ListNesting {
	/** The open items, outermost first: their indentation and index. */
	private readonly open: Array<{ indent: number; item: number }> = [];

	/** Records item `item` at `indent` and returns its parent's index, or -1. */
	place(indent: number, item: number): number {
		while (this.open.length > 0 && (this.open[this.open.length - 1]?.indent ?? 0) >= indent) this.open.pop();
		const parent = this.open[this.open.length - 1]?.item ?? -1;
		this.open.push({ indent, item });
		return parent;
	}

	end(): void {
		this.open.length = 0;
	}
}

/** Columns of leading spaces and tabs. */
export function indentOf(content: string): number {
	let columns = 0;
	for (let i = 0; i < content.length; i++) {
		const c = content.charCodeAt(i);
		if (c === SPACE) columns++;
		else if (c === TAB) columns += 4 - (columns % 4);
		else break;
	}
	return columns;
}
