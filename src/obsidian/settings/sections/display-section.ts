import { Setting } from "obsidian";
import { showError, type Section } from "../section";

export const displaySection: Section = (container, { settings, ui, save }) => {
	new Setting(container).setName(ui.settings.display).setHeading();
	new Setting(container)
		.setName(ui.settings.language.name)
		.setDesc(ui.settings.language.desc)
		.addDropdown((dropdown) =>
			dropdown
				.addOption("auto", ui.settings.language.auto)
				.addOption("de", "Deutsch")
				.addOption("en", "English")
				.setValue(settings.languageMode)
				.onChange((value) => save({ languageMode: value === "de" || value === "en" ? value : "auto" })),
		);
	new Setting(container)
		.setName(ui.settings.explorerTags.name)
		.setDesc(ui.settings.explorerTags.desc)
		.addToggle((toggle) => toggle.setValue(settings.explorerTags).onChange((value) => save({ explorerTags: value })));
	new Setting(container)
		.setName(ui.settings.addActivityTo.name)
		.setDesc(ui.settings.addActivityTo.desc)
		.addDropdown((dropdown) =>
			dropdown
				.addOption("customer", ui.settings.addActivityTo.customer)
				.addOption("daily", ui.settings.addActivityTo.daily)
				.setValue(settings.addActivityTo)
				.onChange((value) => save({ addActivityTo: value === "daily" ? "daily" : "customer" })),
		);
	new Setting(container)
		.setName(ui.settings.logContactTo.name)
		.setDesc(ui.settings.logContactTo.desc)
		.addDropdown((dropdown) =>
			dropdown
				.addOption("daily", ui.settings.logContactTo.daily)
				.addOption("customer", ui.settings.logContactTo.customer)
				.setValue(settings.logContactTo)
				.onChange((value) => save({ logContactTo: value === "customer" ? "customer" : "daily" })),
		);
	const birthdays = new Setting(container).setName(ui.settings.birthdayDays.name).setDesc(ui.settings.birthdayDays.desc);
	birthdays.addText((text) =>
		text.setValue(String(settings.birthdayDays)).onChange(async (value) => {
			const days = Number(value);
			const ok = Number.isInteger(days) && days >= 0 && days <= 366;
			showError(birthdays, ok ? null : ui.settings.birthdayDays.invalid);
			if (ok) await save({ birthdayDays: days });
		}),
	);
};
