import { CLASS_KEYS, type CustomerOverview, type Lang } from "../../core/api";
import type { OverviewStrings } from "../i18n/overview-strings";
import { renderBars, type Bar } from "./overview-bars";
import { renderStuckList, renderWithoutNextStep } from "./overview-lists";
import { renderPareto } from "./overview-pareto";

export interface OverviewOptions {
	ui: OverviewStrings;
	lang: Lang;
	/** Opens a customer's note. */
	open: (path: string) => void;
}

/**
 * The customer overview: customers per phase (one chart per model in use), per ABC class, the Pareto
 * curve of revenue, and who is stuck or has no next step. Drawn from the computed overview only.
 */
export function renderCustomerOverview(parent: HTMLElement, overview: CustomerOverview, { ui, lang, open }: OverviewOptions): HTMLElement {
	const root = parent.createDiv({ cls: "kundendossier-overview" });
	const header = root.createDiv({ cls: "kundendossier-overview-header" });
	header.createSpan({ cls: "kundendossier-overview-title", text: ui.title });
	header.createSpan({ cls: "kundendossier-overview-total", text: ui.customers(overview.customers) });

	const phases = section(root, "phases", ui.phases);
	for (const model of overview.phases) {
		const name = model.name[lang];
		const block = phases.createDiv({ cls: "kundendossier-overview-model", attr: { "data-model": model.id } });
		block.createDiv({ cls: "kundendossier-overview-subtitle", text: `${name} · ${ui.customers(model.total)}` });
		const bars: Bar[] = model.phases.map((p) => ({ key: p.phase, label: p.phase, count: p.count }));
		if (model.withoutPhase > 0) bars.push({ key: "", label: ui.withoutPhase, count: model.withoutPhase, muted: true });
		renderBars(block, bars, ui.phaseChart(name), (label, count) => ui.bar(label, count));
	}

	const abc = section(root, "abc", ui.abc);
	for (const [kind, title] of [
		["written", ui.written],
		["effective", ui.effective],
	] as const) {
		const block = abc.createDiv({ cls: "kundendossier-overview-classes", attr: { "data-kind": kind } });
		block.createDiv({ cls: "kundendossier-overview-subtitle", text: title });
		const counts = overview.abc[kind];
		const bars = CLASS_KEYS.map((key) => ({ key, label: key === "none" ? ui.noClass : key, count: counts[key], muted: key === "none" }));
		renderBars(block, bars, `${ui.abc}: ${title}`, (label, count) => ui.bar(label, count));
	}

	renderPareto(section(root, "pareto", ui.pareto), overview.pareto, ui, lang);
	renderStuckList(section(root, "stuck", ui.stuck), overview.stuck, ui, open);
	renderWithoutNextStep(section(root, "no-next", ui.withoutNextStep), overview.withoutNextStep, ui, open);
	return root;
}

function section(parent: HTMLElement, key: string, title: string): HTMLElement {
	const el = parent.createDiv({ cls: "kundendossier-overview-section", attr: { "data-section": key } });
	el.createDiv({ cls: "kundendossier-overview-heading", text: title });
	return el;
}
