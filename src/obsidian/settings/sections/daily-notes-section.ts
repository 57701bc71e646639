import { Setting } from "obsidian";
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
		.addText((text) => text.setPlaceholder("YYYY-MM-DD").setValue(settings.dailyNoteFormat).setDisabled(fromCore).onChange((value) => save({ dailyNoteFormat: value.trim() || "YYYY-MM-DD" })));
	new Setting(container)
		.setName(ui.settings.dailyNoteFolder.name)
		.setDesc(ui.settings.dailyNoteFolder.desc)
		.addText((text) => text.setValue(settings.dailyNoteFolder).setDisabled(fromCore).onChange((value) => save({ dailyNoteFolder: value.trim().replace(/^\/+|\/+$/g, "") })));
};
