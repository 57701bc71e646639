import { Setting } from "obsidian";
import { DEFAULT_SETTINGS, normalizeFolder } from "../../../core/api";
import type { Section } from "../section";

export const dailyNotesSection: Section = (container, { settings, ui, save }) => {
	new Setting(container).setName(ui.settings.dailyNotes).setHeading();
	const fromCore = settings.dailyNotesFromCore;
	new Setting(container)
		.setName(ui.settings.dailyNoteFormat.fromCore)
		.addToggle((toggle) => toggle.setValue(fromCore).onChange((value) => save({ dailyNotesFromCore: value })));
	new Setting(container)
		.setName(ui.settings.dailyNoteFormat.name)
		.setDesc(ui.settings.dailyNoteFormat.desc)
		.addText((text) =>
			text
				.setPlaceholder(DEFAULT_SETTINGS.dailyNoteFormat)
				.setValue(settings.dailyNoteFormat)
				.setDisabled(fromCore)
				.onChange((value) => save({ dailyNoteFormat: value.trim() || DEFAULT_SETTINGS.dailyNoteFormat })),
		);
	new Setting(container)
		.setName(ui.settings.dailyNoteFolder.name)
		.setDesc(ui.settings.dailyNoteFolder.desc)
		.addText((text) =>
			text
				.setValue(settings.dailyNoteFolder)
				.setDisabled(fromCore)
				.onChange((value) => save({ dailyNoteFolder: normalizeFolder(value.trim()) })),
		);
};
