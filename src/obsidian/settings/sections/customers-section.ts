import { Setting } from "obsidian";
import { DEFAULT_SETTINGS, normalizeFolder } from "../../../core/api";
import { lines, showError, type Section } from "../section";

export const customersSection: Section = (container, { settings, ui, save }) => {
	new Setting(container).setName(ui.settings.customers).setHeading();
	new Setting(container)
		.setName(ui.settings.customerFolders.name)
		.setDesc(ui.settings.customerFolders.desc)
		.addTextArea((text) =>
			text
				.setPlaceholder("Kunden")
				.setValue(settings.customerFolders.join("\n"))
				.onChange(async (value) => {
					const folders = lines(value).map(normalizeFolder);
					await save({ customerFolders: folders.length ? folders : ["Kunden"] });
				}),
		);
	new Setting(container)
		.setName(ui.settings.customerTemplate.name)
		.setDesc(ui.settings.customerTemplate.desc)
		.addText((text) => text.setValue(settings.customerTemplate).onChange((value) => save({ customerTemplate: value.trim() })));
	const markers = new Setting(container).setName(ui.settings.customerMarkers.name).setDesc(ui.settings.customerMarkers.desc);
	markers.addTextArea((text) =>
		text
			.setPlaceholder(DEFAULT_SETTINGS.customerMarkers[0] ?? "")
			.setValue(settings.customerMarkers.join("\n"))
			.onChange(async (value) => {
				const list = lines(value);
				const ok = list.length > 0 && list.every((m) => /^[^:]+:[^:]+$/.test(m));
				showError(markers, ok ? null : ui.settings.customerMarkers.invalid);
				if (ok) await save({ customerMarkers: list });
			}),
	);
};
