import { inFolder, normalizeFolder } from "../text/folders";

/** Where templates live when nothing says otherwise (German and English vaults). */
export const DEFAULT_TEMPLATE_FOLDERS: readonly string[] = ["Vorlagen", "Templates"];

/** The places a vault names its template folders: core Templates, Templater, and the CLI's `--templates`. */
export interface TemplateSources {
	/** `folder` of `.obsidian/templates.json` (core Templates plugin). */
	core?: unknown;
	/** `templates_folder` of Templater's data.json. */
	templater?: unknown;
	/** Folders given on the command line. */
	extra?: readonly string[];
}

/**
 * The template folders (CONTRACT): every one that is set, else `Vorlagen` and `Templates`. A template
 * says `typ: kunde` and holds placeholder tasks; it is never a customer and never an activity.
 */
export function templateFolders(sources: TemplateSources): string[] {
	const folders: string[] = [];
	for (const value of [sources.core, sources.templater, ...(sources.extra ?? [])]) {
		if (typeof value !== "string") continue;
		const folder = normalizeFolder(value.trim());
		// "/" or "" would make the whole vault a template folder: that is no setting anyone means.
		if (folder !== "" && !folders.includes(folder)) folders.push(folder);
	}
	return folders.length > 0 ? folders : [...DEFAULT_TEMPLATE_FOLDERS];
}

/** A note in a template folder, at any depth; folder names compare as Obsidian's do on most systems: exactly. */
export function inTemplateFolder(path: string, folders: readonly string[]): boolean {
	return folders.some((folder) => folder !== "" && inFolder(path, folder));
}
