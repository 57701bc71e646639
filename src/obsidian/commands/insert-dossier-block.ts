import { MarkdownView, type Command } from "obsidian";
import { DOSSIER_BLOCK } from "../codeblocks/dossier-block";
import { findFrontmatter, LineIndex } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { insertAtLine } from "../vault/insert-in-editor";

/**
 * Inserts a `kundendossier` block below the frontmatter of the open customer note (the usual place),
 * through the editor so that undo works. Offered only in customer notes.
 */
export function insertDossierBlockCommand(context: PluginContext): Command {
	return {
		id: "insert-dossier-block",
		name: context.ui().commands.insertDossierBlock,
		editorCheckCallback: (checking, editor, view) => {
			const path = view.file?.path;
			if (!path || !(view instanceof MarkdownView) || !context.index.current.customers.some((c) => c.path === path)) return false;
			if (checking) return true;
			const block = "```" + DOSSIER_BLOCK + "\n```\n";
			if (editor.getValue().includes("```" + DOSSIER_BLOCK)) return true;
			const line = firstBodyLine(editor.getValue());
			insertAtLine(editor, line, block);
			return true;
		},
	};
}

/** The line after the frontmatter (0 without one), found as the index finds it. */
export function firstBodyLine(text: string): number {
	return findFrontmatter(new LineIndex(text))?.bodyStart ?? 0;
}
