import { Setting } from "obsidian";
import { lines, type Section } from "../section";

export const vaguenessSection: Section = (container, { settings, ui, save }) => {
	new Setting(container).setName(ui.settings.vagueness).setHeading();
	new Setting(container)
		.setName(ui.settings.extraVaguePhrases.name)
		.setDesc(ui.settings.extraVaguePhrases.desc)
		.addTextArea((text) => text.setValue(settings.extraVaguePhrases.join("\n")).onChange((value) => save({ extraVaguePhrases: lines(value) })));
};
