import type { BlockParser } from "../frontmatter/parse";
import { parseYaml } from "../frontmatter/yaml-schema";
import type { IsoDay } from "../model/day";
import type { Settings } from "../settings/settings";
import { assembleIndex } from "./assemble";
import { createIndexContext } from "./context";
import type { IndexResult } from "./index-result";
import type { NoteInput } from "./note";
import { parseNote } from "./parse-note";

/**
 * The whole pipeline for a set of notes: text → parsed notes → index (the CLI's, with js-yaml; the CLI
 * passes gray-matter as `parseBlock`, which core cannot import).
 */
export function buildIndex(notes: Iterable<NoteInput>, settings: Settings, today: IsoDay, parseBlock?: BlockParser): IndexResult {
	const ctx = createIndexContext(settings, today, parseYaml, parseBlock);
	const parsed = [];
	for (const note of notes) parsed.push(parseNote(note, ctx));
	return assembleIndex(parsed, ctx);
}
