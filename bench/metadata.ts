import yaml from "js-yaml";
import type { NoteInput } from "../src/core/index/note";
import type { PreParsed } from "../src/core/index/pre-parsed";
import { scanNote } from "../src/core/markdown/scan";
import { LineIndex } from "../src/core/text/line-index";

/**
 * What Obsidian's metadata cache would hand the plugin for a note, computed before the clock runs
 * (in Obsidian it is computed by Obsidian, not by the plugin).
 */
export function simulateMetadataCache(note: NoteInput): PreParsed {
	const scanned = scanNote(new LineIndex(note.text));
	let frontmatter: Record<string, unknown> | null = null;
	if (scanned.frontmatter) {
		try {
			frontmatter = (yaml.load(scanned.frontmatter.lines.join("\n"), { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>) ?? null;
		} catch {
			frontmatter = null;
		}
	}
	return { frontmatter, listLines: scanned.items.map((i) => i.index), headings: scanned.headings.map((h) => ({ line: h.index, text: h.text })) };
}
