import type { App } from "obsidian";
import { ambiguousNames, noteLink } from "../../core/api";

/**
 * A link to a customer note for a line the plugin writes elsewhere: by file name, with the folder only
 * where the name is not unique; a path no wikilink can hold becomes a Markdown link.
 */
export function customerLink(app: App, path: string): string {
	return noteLink(path, null, ambiguousNames(app.vault.getMarkdownFiles().map((f) => f.path)));
}
