import type { Lang, Pareto } from "../../core/api";
import type { OverviewStrings } from "../i18n/overview-strings";
import { formatMoney, formatPercent } from "./format";
import { svgChart, svgEl } from "./svg";

const WIDTH = 300;
const HEIGHT = 190;
const LEFT = 40;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 30;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;

/**
 * The Pareto curve: customers sorted by revenue along x, cumulative revenue share up y. Each ABC cut
 * (65 %, 85 %) is a dashed line across and down to the customer who reaches it, labelled with how many
 * customers make that share.
 */
export function renderPareto(parent: HTMLElement, curve: Pareto, ui: OverviewStrings, lang: Lang): SVGSVGElement | null {
	if (curve.points.length === 0) {
		parent.createDiv({ cls: "kundendossier-empty", text: ui.noRevenue });
		return null;
	}
	const n = curve.points.length;
	const x = (i: number) => LEFT + (i / n) * PLOT_W;
	const y = (share: number) => TOP + (1 - share) * PLOT_H;
	const svg = svgChart(parent, { cls: "kundendossier-overview-pareto", width: WIDTH, height: HEIGHT, label: ui.paretoChart });

	for (const share of [0, 0.5, 1]) {
		svgEl(svg, "line", { class: "kundendossier-overview-grid", x1: LEFT, x2: WIDTH - RIGHT, y1: y(share), y2: y(share) });
		svgEl(
			svg,
			"text",
			{ class: "kundendossier-overview-axis", x: LEFT - 4, y: y(share), "text-anchor": "end", "dominant-baseline": "central" },
			formatPercent(share),
		);
	}
	svgEl(svg, "text", { class: "kundendossier-overview-axis", x: LEFT + PLOT_W / 2, y: HEIGHT - 6, "text-anchor": "middle" }, ui.paretoAxisX);
	svgEl(svg, "text", { class: "kundendossier-overview-axis", x: LEFT, y: HEIGHT - 18, "text-anchor": "middle" }, "0");
	svgEl(svg, "text", { class: "kundendossier-overview-axis", x: WIDTH - RIGHT, y: HEIGHT - 18, "text-anchor": "middle" }, String(n));

	curve.cuts.forEach((cut, k) => {
		const g = svgEl(svg, "g", { class: "kundendossier-overview-cut", "data-threshold": Math.round(cut.threshold * 100), "data-count": cut.count });
		const text = ui.cut(formatPercent(cut.threshold), cut.count, formatPercent(cut.customerShare));
		svgEl(g, "title", {}, text);
		svgEl(g, "line", { x1: LEFT, x2: x(cut.count), y1: y(cut.threshold), y2: y(cut.threshold) });
		svgEl(g, "line", { x1: x(cut.count), x2: x(cut.count), y1: y(cut.threshold), y2: y(0) });
		// Labels right of the cut's corner, the second one lower, so they never overlap.
		const labelX = Math.min(x(cut.count) + 4, WIDTH - RIGHT - 4);
		const anchor = labelX > LEFT + PLOT_W * 0.55 ? "end" : "start";
		svgEl(
			g,
			"text",
			{ class: "kundendossier-overview-cut-label", x: anchor === "end" ? x(cut.count) - 4 : labelX, y: y(cut.threshold) + 12 + k * 12, "text-anchor": anchor },
			text,
		);
	});

	const path = [`M ${x(0)} ${y(0)}`, ...curve.points.map((p, i) => `L ${x(i + 1).toFixed(1)} ${y(p.cumulative).toFixed(1)}`)].join(" ");
	svgEl(svg, "path", { class: "kundendossier-overview-curve", d: path });
	curve.points.forEach((p, i) => {
		const dot = svgEl(svg, "circle", {
			class: "kundendossier-overview-point",
			cx: x(i + 1).toFixed(1),
			cy: y(p.cumulative).toFixed(1),
			r: 3,
			"data-path": p.path,
		});
		svgEl(dot, "title", {}, ui.point(i + 1, p.name, formatMoney(p.revenue, lang), formatPercent(p.cumulative)));
	});
	return svg;
}
