import { Setting } from "obsidian";
import { lines, type Section } from "../section";

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
					const folders = lines(value).map((f) => f.replace(/^\/+|\/+$/g, ""));
					await save({ customerFolders: folders.length ? folders : ["Kunden"] });
				}),
		);
};
