import { Setting } from "obsidian";
import { showError, type Section } from "../section";

export const abcSection: Section = (container, { settings, ui, save }) => {
	new Setting(container).setName(ui.settings.abc).setHeading();
	const thresholds = new Setting(container).setName(ui.settings.abcThresholds.name).setDesc(ui.settings.abcThresholds.desc);
	let a = Math.round(settings.abcThresholds.a * 100);
	let b = Math.round(settings.abcThresholds.b * 100);
	const saveThresholds = async () => {
		const ok = Number.isInteger(a) && Number.isInteger(b) && a >= 1 && a <= 98 && b > a && b < 100;
		showError(thresholds, ok ? null : ui.settings.abcThresholds.invalid);
		if (ok) await save({ abcThresholds: { a: a / 100, b: b / 100 } });
	};
	thresholds.addText((t) =>
		t
			.setPlaceholder("65")
			.setValue(String(a))
			.onChange((v) => ((a = Number(v)), saveThresholds())),
	);
	thresholds.addText((t) =>
		t
			.setPlaceholder("85")
			.setValue(String(b))
			.onChange((v) => ((b = Number(v)), saveThresholds())),
	);

	const intervals = new Setting(container).setName(ui.settings.contactIntervals.name).setDesc(ui.settings.contactIntervals.desc);
	const current = { ...settings.contactIntervals };
	for (const cls of ["A", "B", "C"] as const) {
		intervals.addText((t) =>
			t
				.setPlaceholder(cls)
				.setValue(String(current[cls]))
				.onChange(async (v) => {
					current[cls] = Number(v);
					const ok = Object.values(current).every((n) => Number.isInteger(n) && n > 0);
					showError(intervals, ok ? null : ui.settings.contactIntervals.invalid);
					if (ok) await save({ contactIntervals: { ...current } });
				}),
		);
	}
};
