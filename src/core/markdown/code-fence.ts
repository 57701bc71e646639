import { skipBlanks } from "../text/blanks";
import { fenceRun } from "./line-structure";

/** A fenced code block that is open: its fence character (` or ~) and run length. */
export interface OpenFence {
	char: number;
	length: number;
}

/**
 * Whether code is open after a line, given what was open before it. `content` is the line without
 * blockquote markers, so fences in callouts count too. Only a run of the opening character, at
 * least as long and alone on its line, closes.
 */
export function fenceAfter(fence: OpenFence | null, content: string): OpenFence | null {
	const first = content.charCodeAt(skipBlanks(content));
	const run = first === 96 || first === 126 ? fenceRun(content) : null;
	if (fence === null) return run ? { char: run.char, length: run.length } : null;
	return run && run.char === fence.char && run.length >= fence.length && content.slice(run.end).trim() === "" ? null : fence;
}
