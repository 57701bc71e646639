import type { App } from "obsidian";
import { templateFolders } from "../../core/api";

interface InternalPlugins {
	getPluginById?: (id: string) => { enabled?: boolean; instance?: { options?: { folder?: unknown } } } | null;
}

interface CommunityPlugins {
	plugins?: Record<string, { settings?: { templates_folder?: unknown } } | undefined>;
}

/**
 * The template folders of this vault: the core Templates plugin's folder when it is on, Templater's
 * when it is installed, else Vorlagen and Templates. Obsidian types neither, so every step is checked.
 */
export function vaultTemplateFolders(app: App): string[] {
	const shell = app as unknown as { internalPlugins?: InternalPlugins; plugins?: CommunityPlugins };
	const core = shell.internalPlugins?.getPluginById?.("templates");
	const templater = shell.plugins?.plugins?.["templater-obsidian"];
	return templateFolders({ core: core?.enabled ? core.instance?.options?.folder : undefined, templater: templater?.settings?.templates_folder });
}
