/** Obsidian saves an edited note this long after the last keystroke (its requestSave debounce). */
const SAVE_DELAY_MS = 2000;

export interface EditorPosition {
	line: number;
	ch: number;
}

/**
 * The Editor API over a plain buffer, drawn as one `.cm-line` per line like CodeMirror 6. Edits mark
 * the note dirty and are saved later, as Obsidian does; a change on disk reloads a clean editor.
 */
export class Editor {
	private lines: string[] = [""];
	private anchor: EditorPosition = { line: 0, ch: 0 };
	private head: EditorPosition = { line: 0, ch: 0 };
	private saveTimer: number | null = null;
	readonly el: HTMLElement;
	private readonly content: HTMLElement;

	constructor(
		parent: HTMLElement,
		private readonly save: (text: string) => void,
	) {
		this.el = parent;
		const scroller = parent.createDiv({ cls: "cm-editor" }).createDiv({ cls: "cm-scroller" });
		this.content = scroller.createDiv({ cls: "cm-content", attr: { contenteditable: "true", spellcheck: "false" } });
	}

	getValue(): string {
		return this.lines.join("\n");
	}
	setValue(text: string): void {
		this.lines = text.split("\n");
		this.changed();
	}
	getLine(line: number): string {
		return this.lines[line] ?? "";
	}
	lineCount(): number {
		return this.lines.length;
	}
	lastLine(): number {
		return this.lines.length - 1;
	}
	getCursor(which: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const [from, to] = this.ordered();
		return { ...(which === "from" ? from : which === "to" ? to : which === "anchor" ? this.anchor : this.head) };
	}
	setCursor(pos: EditorPosition): void {
		this.setSelection(pos, pos);
	}
	setSelection(anchor: EditorPosition, head: EditorPosition = anchor): void {
		this.anchor = this.clamp(anchor);
		this.head = this.clamp(head);
		this.draw();
	}
	getSelection(): string {
		const [from, to] = this.ordered();
		return this.getRange(from, to);
	}
	somethingSelected(): boolean {
		return this.getSelection() !== "";
	}
	getRange(from: EditorPosition, to: EditorPosition): string {
		const text = this.getValue();
		return text.slice(this.offset(from), this.offset(to));
	}
	posToOffset(pos: EditorPosition): number {
		return this.offset(pos);
	}
	offsetToPos(offset: number): EditorPosition {
		let rest = Math.max(0, offset);
		for (let line = 0; line < this.lines.length; line++) {
			const length = (this.lines[line] ?? "").length;
			if (rest <= length) return { line, ch: rest };
			rest -= length + 1;
		}
		return { line: this.lastLine(), ch: this.getLine(this.lastLine()).length };
	}
	replaceRange(replacement: string, from: EditorPosition, to: EditorPosition = from): void {
		const text = this.getValue();
		this.lines = (text.slice(0, this.offset(from)) + replacement + text.slice(this.offset(to))).split("\n");
		this.changed();
	}
	replaceSelection(replacement: string): void {
		const [from, to] = this.ordered();
		this.replaceRange(replacement, from, to);
	}
	scrollIntoView(range: { from: EditorPosition; to: EditorPosition }, center = false): void {
		this.content.children[range.from.line]?.scrollIntoView({ block: center ? "center" : "nearest" });
	}
	focus(): void {
		this.content.focus();
	}

	/** The note changed on disk: a clean editor takes the new text (Obsidian does the same). */
	reload(text: string, reset = false): void {
		if (this.saveTimer !== null && !reset) return;
		if (text === this.getValue() && !reset) return;
		this.lines = text.split("\n");
		if (reset) this.anchor = this.head = { line: 0, ch: 0 };
		this.setSelection(this.anchor, this.head);
	}

	private changed(): void {
		this.setSelection(this.anchor, this.head);
		if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
		this.saveTimer = window.setTimeout(() => {
			this.saveTimer = null;
			this.save(this.getValue());
		}, SAVE_DELAY_MS);
	}

	private draw(): void {
		const [from, to] = this.ordered();
		this.content.empty();
		this.lines.forEach((line, i) => {
			const el = this.content.createDiv({ cls: "cm-line", text: line, attr: { "data-line": i } });
			if (i === this.head.line) el.addClass("cm-active");
			if (i >= from.line && i <= to.line && (from.line !== to.line || from.ch !== to.ch)) el.addClass("is-selected");
		});
	}

	private ordered(): [EditorPosition, EditorPosition] {
		const a = this.anchor;
		const b = this.head;
		return a.line < b.line || (a.line === b.line && a.ch <= b.ch) ? [a, b] : [b, a];
	}
	private clamp(pos: EditorPosition): EditorPosition {
		const line = Math.max(0, Math.min(pos.line, this.lastLine()));
		return { line, ch: Math.max(0, Math.min(pos.ch, this.getLine(line).length)) };
	}
	private offset(pos: EditorPosition): number {
		const p = this.clamp(pos);
		return this.lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.ch;
	}
}
