import { Setting } from "obsidian";
import type { PhaseModel } from "../../../core/api";
import type { UiStrings } from "../../i18n/ui-strings";
import { lines, showError, type Section } from "../section";

export const phaseModelsSection: Section = (container, { settings, ui, save, models }) => {
	new Setting(container).setName(ui.settings.phaseModels).setHeading();
	new Setting(container)
		.setName(ui.settings.defaultPhaseModel.name)
		.setDesc(ui.settings.defaultPhaseModel.desc)
		.addDropdown((dropdown) => {
			for (const m of models) dropdown.addOption(m.id, m.name);
			dropdown.setValue(settings.defaultPhaseModel).onChange((value) => save({ defaultPhaseModel: value }));
		});
	const custom = new Setting(container).setName(ui.settings.customModels.name).setDesc(ui.settings.customModels.desc);
	custom.addTextArea((text) =>
		text
			.setPlaceholder(ui.settings.customModels.placeholder)
			.setValue(settings.customPhaseModels.map(formatModel).join("\n"))
			.onChange(async (value) => {
				const parsed = parseModels(value, ui);
				showError(custom, parsed.error);
				if (!parsed.error) await save({ customPhaseModels: parsed.models });
			}),
	);
};

/** `messe: Kontakt (contact), Demo, Angebot` — one model per line. */
export function parseModels(text: string, ui: UiStrings): { models: PhaseModel[]; error: string | null } {
	const models: PhaseModel[] = [];
	for (const [i, line] of lines(text).entries()) {
		const m = /^([^:]+):(.+)$/.exec(line);
		const phases = (m?.[2] ?? "")
			.split(",")
			.map((p) => p.trim())
			.filter(Boolean)
			.map((p) => {
				const alias = /^(.*?)\s*\(([^)]*)\)$/.exec(p);
				return alias
					? {
							name: (alias[1] ?? "").trim(),
							aliases: (alias[2] ?? "")
								.split("/")
								.map((a) => a.trim())
								.filter(Boolean),
						}
					: { name: p, aliases: [] };
			});
		if (!m || phases.length < 2) return { models, error: ui.settings.customModels.invalid(i + 1, "id: Phase 1, Phase 2, …") };
		if (new Set(phases.map((p) => p.name.toLowerCase())).size !== phases.length) return { models, error: ui.settings.customModels.invalid(i + 1, "≠") };
		const id = (m[1] ?? "").trim();
		models.push({ id, name: { de: id, en: id }, aliases: [], phases });
	}
	return { models, error: null };
}

function formatModel(model: PhaseModel): string {
	return `${model.id}: ${model.phases.map((p) => (p.aliases.length ? `${p.name} (${p.aliases.join("/")})` : p.name)).join(", ")}`;
}
