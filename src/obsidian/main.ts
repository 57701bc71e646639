import { debounce, Plugin, type TAbstractFile, TFile } from "obsidian";
import { dossierBlockProcessor, DOSSIER_BLOCK } from "./codeblocks/dossier-block";
import { localToday } from "./clock";
import { insertDossierBlockCommand } from "./commands/insert-dossier-block";
import { openDossierViewCommand, revealDossierView } from "./commands/open-dossier-view";
import { addActivityCommand } from "./commands/add-activity";
import { logContactCommand } from "./commands/log-contact";
import { advancePhaseCommand } from "./commands/advance-phase";
import { computeAbcCommand } from "./commands/compute-abc";
import { restartCommand } from "./commands/restart-relationship";
import { setAbcCommand } from "./commands/set-abc";
import { setPhaseCommand } from "./commands/set-phase";
import { newCustomerCommand } from "./commands/new-customer";
import { insertReviewCommand } from "./commands/insert-review";
import { lintVaultCommand } from "./commands/lint-vault";
import { exportCalendarCommand } from "./commands/export-calendar";
import { exportTableCommand } from "./commands/export-table";
import { createCustomersBaseCommand } from "./commands/create-customers-base";
import { openTaskViewCommand, revealTaskView } from "./commands/open-task-view";
import { pinDateLineCommand } from "./commands/pin-date-line";
import { concretizeLineCommand } from "./commands/concretize-line";
import { pinNoteDatesCommand } from "./commands/pin-dates-note";
import { reviewBlockProcessor, REVIEW_BLOCK } from "./codeblocks/review-block";
import { rebuildIndexCommand } from "./commands/rebuild-index";
import { tasksBlockProcessor, TASKS_BLOCK } from "./codeblocks/tasks-block";
import { pluginApi, type KundendossierApi } from "./api/plugin-api";
import { overviewBlockProcessor, OVERVIEW_BLOCK } from "./codeblocks/overview-block";
import { goalsBlockProcessor, GOALS_BLOCK } from "./codeblocks/goals-block";
import { createGoalsCommand } from "./commands/create-goals";
import { ExplorerTags } from "./explorer/file-explorer-tags";
import { resolveLang, uiStrings } from "./i18n/ui-lang";
import { LiveIndex } from "./index/live-index";
import { IndexStatus } from "./index/status-bar";
import type { PluginContext } from "./plugin-context";
import { dailyNoteSettings } from "./settings/daily-notes-core";
import { vaultTemplateFolders } from "./settings/template-folders";
import { readPluginSettings, type PluginSettings } from "./settings/plugin-settings";
import { KundendossierSettingTab } from "./settings/settings-tab";
import { DossierView, DOSSIER_VIEW } from "./views/dossier-view";
import { TaskView, TASK_VIEW } from "./views/task-view";
import { openLine } from "./views/open-line";

/** Settings the index never reads: changing them (the template path, on every keystroke) re-reads nothing. */
const NOT_INDEXED = new Set(["explorerTags", "addActivityTo", "logContactTo", "customerTemplate", "stuckDays"]);

/** Wires the parts together. Work starts after the layout is ready; onload only registers. */
export default class KundendossierPlugin extends Plugin {
	private settings!: PluginSettings;
	/** Stored settings that failed validation, shown in the settings tab until a save replaces them. */
	private invalidSettings: string[] = [];
	private context!: PluginContext;
	private settingTab!: KundendossierSettingTab;
	/** Where "today" comes from; everything else gets the day from the index. Tests set a fixed day here before onload. */
	clock: () => string = localToday;
	/** The script API for Dataview, Templater and QuickAdd: `app.plugins.plugins.kundendossier.api`. */
	readonly api: KundendossierApi = pluginApi(
		() => this.context,
		() => this.clock(),
	);
	/** Typing in a settings field saves on every key; the index rebuilds once typing pauses. */
	private readonly rebuildSoon = debounce(() => void this.context.index.rebuild(), 600, true);

	override async onload(): Promise<void> {
		({ settings: this.settings, invalid: this.invalidSettings } = readPluginSettings(await this.loadData()));
		const index = new LiveIndex(
			this.app,
			() => this.effectiveSettings(),
			() => this.clock(),
		);
		const lang = () => resolveLang(this.settings.languageMode);
		this.context = {
			app: this.app,
			index,
			settings: () => this.settings,
			lang,
			ui: () => uiStrings(lang()),
			cardOptions: () => ({ ui: uiStrings(lang()), lang: lang(), openLine: (path, line) => void openLine(this.app, path, line) }),
		};

		const status = new IndexStatus(this.addStatusBarItem(), this.context.ui);
		const tags = new ExplorerTags(
			this.app,
			() => index.current,
			() => this.settings.explorerTags,
		);
		this.register(() => tags.clear());
		this.register(() => index.dispose());
		this.registerEvent(index.on("progress", (done, total) => status.progress(done, total)));
		this.registerEvent(index.on("updated", (result) => (status.counts(result), tags.refresh())));

		this.registerView(DOSSIER_VIEW, (leaf) => new DossierView(leaf, this.context));
		this.registerView(TASK_VIEW, (leaf) => new TaskView(leaf, this.context));
		this.registerMarkdownCodeBlockProcessor(DOSSIER_BLOCK, dossierBlockProcessor(this.context));
		this.registerMarkdownCodeBlockProcessor(TASKS_BLOCK, tasksBlockProcessor(this.context));
		this.registerMarkdownCodeBlockProcessor(REVIEW_BLOCK, reviewBlockProcessor(this.context));
		this.registerMarkdownCodeBlockProcessor(OVERVIEW_BLOCK, overviewBlockProcessor(this.context));
		const commands = [
			openTaskViewCommand,
			openDossierViewCommand,
			newCustomerCommand,
			addActivityCommand,
			logContactCommand,
			insertReviewCommand,
			advancePhaseCommand,
			setPhaseCommand,
			restartCommand,
			setAbcCommand,
			computeAbcCommand,
			lintVaultCommand,
			insertDossierBlockCommand,
			rebuildIndexCommand,
			concretizeLineCommand,
			pinDateLineCommand,
			pinNoteDatesCommand,
			exportCalendarCommand,
			exportTableCommand,
			createCustomersBaseCommand,
			createGoalsCommand,
		];
		this.registerMarkdownCodeBlockProcessor(GOALS_BLOCK, goalsBlockProcessor(this.context));
		for (const command of commands) this.addCommand(command(this.context));
		this.addRibbonIcon("list-checks", this.context.ui().commands.openTaskView, () => void revealTaskView(this.context));
		this.addRibbonIcon("contact", this.context.ui().commands.openDossierView, () => void revealDossierView(this.context));
		this.settingTab = new KundendossierSettingTab(
			this.app,
			this,
			this.context,
			(patch) => this.saveSettings(patch),
			() => this.invalidSettings,
		);
		this.addSettingTab(this.settingTab);

		this.app.workspace.onLayoutReady(() => {
			void index.rebuild();
			this.registerEvent(this.app.metadataCache.on("changed", (file) => void index.noteChanged(file)));
			this.registerEvent(this.app.vault.on("delete", (file) => index.noteDeleted(file.path)));
			this.registerEvent(this.app.vault.on("rename", (file, oldPath) => this.renamed(index, file, oldPath)));
			this.registerEvent(this.app.workspace.on("layout-change", () => tags.layoutChanged()));
			// Due and overdue change at midnight even when no note does.
			this.registerInterval(window.setInterval(() => index.refreshDay(), 60_000));
		});
	}

	private renamed(index: LiveIndex, file: TAbstractFile, oldPath: string): void {
		if (file instanceof TFile) void index.noteRenamed(file, oldPath);
		else void index.rebuild(); // a folder: every note below it moved
	}

	/** What the index works with: the resolved language, the daily notes and the template folders that apply. */
	private effectiveSettings(): PluginSettings {
		const daily = dailyNoteSettings(this.app, this.settings);
		const templateFolders = vaultTemplateFolders(this.app);
		return {
			...this.settings,
			language: resolveLang(this.settings.languageMode),
			dailyNoteFormat: daily.format,
			dailyNoteFolder: daily.folder,
			templateFolders,
		};
	}

	private async saveSettings(patch: Partial<PluginSettings>): Promise<void> {
		this.settings = { ...this.settings, ...patch };
		// The CLI reads `language` from data.json, so it holds the resolved language.
		await this.saveData({ ...this.settings, language: resolveLang(this.settings.languageMode) });
		// Every value is written now, the replaced ones as their defaults.
		this.invalidSettings = [];
		if ("languageMode" in patch || "dailyNotesFromCore" in patch) this.settingTab.display();
		if (Object.keys(patch).some((key) => !NOT_INDEXED.has(key))) this.rebuildSoon();
		else if ("explorerTags" in patch || "stuckDays" in patch) this.context.index.trigger("updated", this.context.index.current);
	}
}
