import { Setting } from "obsidian";
import { MAX_STUCK_DAYS, stuckDaysFor } from "../../../core/api";
import { showError, type Section } from "../section";

/** The overview's stuck threshold, one field per phase model; an empty field means the default. */
export const overviewSection: Section = (container, { settings, ui, save, models }) => {
	const texts = ui.overview.settings;
	new Setting(container).setName(texts.heading).setHeading();
	const current: Record<string, number> = { ...settings.stuckDays };
	for (const model of models) {
		const setting = new Setting(container).setName(texts.stuckDays.name(model.name)).setDesc(texts.stuckDays.desc);
		setting.addText((t) =>
			t
				.setPlaceholder(String(stuckDaysFor(model.id, {})))
				.setValue(current[model.id] === undefined ? "" : String(current[model.id]))
				.onChange(async (value) => {
					const text = value.trim();
					const days = Number(text);
					const ok = text === "" || (Number.isInteger(days) && days >= 1 && days <= MAX_STUCK_DAYS);
					showError(setting, ok ? null : texts.stuckDays.invalid);
					if (!ok) return;
					if (text === "") delete current[model.id];
					else current[model.id] = days;
					await save({ stuckDays: { ...current } });
				}),
		);
	}
};
