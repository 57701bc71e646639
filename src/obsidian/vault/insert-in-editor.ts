import type { Editor } from "obsidian";

/** Text inserted at the start of a line of the open note, through its editor so that undo takes it back. */
export function insertAtLine(editor: Editor, line: number, text: string): void {
	editor.replaceRange(text, { line, ch: 0 });
}
