import type { IndexContext } from "./context";
import type { IndexResult } from "./index-result";
import { IndexState } from "./index-state";
import type { ParsedNote } from "./note";

/**
 * Combines parsed notes into the index: links to customers, vagueness, ABC analysis across all
 * customers, and each customer's problems. No note is parsed here.
 */
export function assembleIndex(notes: readonly ParsedNote[], ctx: IndexContext): IndexResult {
	return new IndexState(ctx, notes).result();
}
