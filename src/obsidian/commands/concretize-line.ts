import type { Command } from "obsidian";
import { rewriteText } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { pinActivityDate } from "../vault/pin-dates";
import { writeLine } from "../vault/write-line";
import { ConcretizeModal } from "../views/concretize-modal";

/**
 * "Konkretisieren (Zeile)": the Konkretisieren form for the cursor line, as from the task view.
 * Offered only where the cursor line is an open activity the index read, and still reads as it did.
 */
export function concretizeLineCommand(context: PluginContext): Command {
	return {
		id: "concretize-line",
		name: context.ui().concretize.commandLine,
		editorCheckCallback: (checking, editor, view) => {
			const path = view.file?.path;
			const line = editor.getCursor().line;
			const raw = editor.getLine(line);
			const a = context.index.current.activities.find((x) => x.path === path && x.line === line + 1 && x.raw === raw && x.status === "open");
			if (!a) return false;
			if (!checking) {
				const { app } = context;
				const save = (text: string) => void writeLine(app, a, (old) => rewriteText(old, text), context.ui());
				new ConcretizeModal(app, context, a, save, () => void pinActivityDate(app, a, context.index.current.today, context.ui())).open();
			}
			return true;
		},
	};
}
