import { Setting } from "obsidian";
import { DEFAULT_GOALS_NOTE } from "../../../core/api";
import type { Section } from "../section";

/** Where the goals note lies: read by the review and the `kundenziele` block, created by "Verkaufsziele anlegen". */
export const goalsSection: Section = (container, { settings, ui, save }) => {
	new Setting(container).setName(ui.goals.setting.heading).setHeading();
	new Setting(container)
		.setName(ui.goals.setting.name)
		.setDesc(ui.goals.setting.desc)
		.addText((text) =>
			text
				.setPlaceholder(DEFAULT_GOALS_NOTE)
				.setValue(settings.goalsNote)
				.onChange((value) => save({ goalsNote: value.trim() })),
		);
};
