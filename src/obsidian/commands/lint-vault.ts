import type { Command } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { LintModal } from "../views/lint-modal";

export function lintVaultCommand(context: PluginContext): Command {
	return { id: "lint-vault", name: context.ui().commands.lintVault, callback: () => new LintModal(context.app, context).open() };
}
