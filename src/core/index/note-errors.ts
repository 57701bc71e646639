import { frontmatterMessage } from "./evaluate-customer";
import type { Messages } from "../i18n/messages";
import type { NoteError } from "./index-result";
import type { ParsedNote } from "./note";

/** Why a note could not be fully read (CONTRACT `errors`): too large, or its frontmatter. */
export function noteErrors(note: ParsedNote, t: Messages): NoteError[] {
	if (note.unreadable) return [{ path: note.path, message: note.unreadable, leftOut: true }];
	if (note.frontmatterError) return [{ path: note.path, message: frontmatterMessage(note.frontmatterError, t) }];
	return [];
}
