import { MarkdownView } from "./views";
import { MetadataCache } from "./metadata-cache";
import { Vault } from "./vault";
import { Workspace } from "./workspace";

export interface Command {
	id: string;
	name: string;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: unknown, view: unknown) => unknown;
	editorCheckCallback?: (checking: boolean, editor: unknown, view: unknown) => boolean | void;
}

type CodeBlockProcessor = (source: string, el: HTMLElement, ctx: unknown) => unknown;

/** The core Daily notes plugin's options (.obsidian/daily-notes.json); null when the plugin is off. */
export interface DailyNotesOptions {
	format?: string;
	folder?: string;
	template?: string;
}

/** Commands as the command palette runs them: check callbacks first, editor commands only in a note. */
class Commands {
	readonly commands = new Map<string, Command>();
	constructor(private readonly app: App) {}
	add(command: Command): void {
		this.commands.set(command.id, command);
	}
	remove(id: string): void {
		this.commands.delete(id);
	}
	listCommands(): Command[] {
		return [...this.commands.values()].filter((c) => this.run(c, true));
	}
	executeCommandById(id: string): boolean {
		const command = this.commands.get(id);
		return command ? this.run(command, false) : false;
	}
	private run(c: Command, checking: boolean): boolean {
		const view = this.app.workspace.getActiveViewOfType(MarkdownView);
		if (c.editorCheckCallback) return view ? c.editorCheckCallback(checking, view.editor, view) !== false : false;
		if (c.editorCallback) return view ? (checking || void c.editorCallback(view.editor, view), true) : false;
		if (c.checkCallback) return c.checkCallback(checking) !== false;
		if (!checking) void c.callback?.();
		return true;
	}
}

export class App {
	readonly vault: Vault;
	readonly metadataCache: MetadataCache;
	readonly workspace: Workspace;
	readonly commands: Commands;
	readonly codeBlockProcessors = new Map<string, CodeBlockProcessor>();
	/** Each plugin's data.json, as JSON text. */
	readonly pluginData = new Map<string, string>();
	readonly internalPlugins: { getPluginById: (id: string) => { enabled: boolean; instance: { options: DailyNotesOptions } } | null };

	constructor(files: Record<string, string>, dailyNotes: DailyNotesOptions | null) {
		this.vault = new Vault(files);
		this.metadataCache = new MetadataCache(this.vault);
		this.workspace = new Workspace(this);
		this.commands = new Commands(this);
		this.internalPlugins = { getPluginById: (id) => (id === "daily-notes" && dailyNotes ? { enabled: true, instance: { options: dailyNotes } } : null) };
	}
}
