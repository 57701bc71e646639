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
	targetSetting(container, ui.settings.addActivityTo, settings.addActivityTo, ["customer", "daily"], (addActivityTo) => save({ addActivityTo }));
	targetSetting(container, ui.settings.logContactTo, settings.logContactTo, ["daily", "customer"], (logContactTo) => save({ logContactTo }));
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

type Target = "customer" | "daily";

/** Where a command writes: the customer note or today's daily note, offered in the given order. */
function targetSetting(
	container: HTMLElement,
	texts: { name: string; desc: string } & Record<Target, string>,
	value: Target,
	order: readonly Target[],
	save: (value: Target) => unknown,
): void {
	new Setting(container)
		.setName(texts.name)
		.setDesc(texts.desc)
		.addDropdown((dropdown) => {
			for (const target of order) dropdown.addOption(target, texts[target]);
			dropdown.setValue(value).onChange((picked) => void save(picked === "daily" ? "daily" : "customer"));
		});
}
