import { shortLabel, svgChart, svgEl } from "./svg";

export interface Bar {
	/** Stable key for tests and styles (the phase or the class). */
	key: string;
	label: string;
	count: number;
	/** A bar that counts what is missing (no phase, no class) is drawn muted. */
	muted?: boolean;
}

const WIDTH = 300;
const ROW = 20;
const LABEL_END = 118;
const BAR_START = 124;
const BAR_MAX = WIDTH - BAR_START - 30;

/**
 * A compact horizontal bar chart: one row per bar, the label left, the count right of its bar.
 * Every row carries a `<title>` ("Vertrauen: 3 Kunden") and its count as data for tests.
 */
export function renderBars(parent: HTMLElement, bars: readonly Bar[], label: string, tooltip: (label: string, count: number) => string): SVGSVGElement {
	const svg = svgChart(parent, { cls: "kundendossier-overview-bars", width: WIDTH, height: bars.length * ROW + 4, label });
	const max = Math.max(1, ...bars.map((b) => b.count));
	bars.forEach((bar, i) => {
		const y = i * ROW + 2;
		const row = svgEl(svg, "g", {
			class: `kundendossier-overview-bar${bar.muted ? " is-muted" : ""}${bar.count === 0 ? " is-zero" : ""}`,
			"data-key": bar.key,
			"data-count": bar.count,
		});
		svgEl(row, "title", {}, tooltip(bar.label, bar.count));
		svgEl(
			row,
			"text",
			{ class: "kundendossier-overview-label", x: LABEL_END, y: y + ROW / 2, "text-anchor": "end", "dominant-baseline": "central" },
			shortLabel(bar.label, 20),
		);
		svgEl(row, "rect", { class: "kundendossier-overview-track", x: BAR_START, y: y + 3, width: BAR_MAX, height: ROW - 6, rx: 2 });
		const length = bar.count === 0 ? 0 : Math.max(2, (bar.count / max) * BAR_MAX);
		svgEl(row, "rect", { class: "kundendossier-overview-fill", x: BAR_START, y: y + 3, width: length.toFixed(1), height: ROW - 6, rx: 2 });
		svgEl(
			row,
			"text",
			{ class: "kundendossier-overview-count", x: (BAR_START + length + 4).toFixed(1), y: y + ROW / 2, "dominant-baseline": "central" },
			String(bar.count),
		);
	});
	return svg;
}
