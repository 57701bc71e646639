const SVG_NS = "http://www.w3.org/2000/svg";

type Attrs = Record<string, string | number>;

/** An SVG element built with the DOM API (never markup), appended to `parent`. */
export function svgEl<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, attrs: Attrs = {}, text?: string): SVGElementTagNameMap[K] {
	const el = parent.ownerDocument.createElementNS(SVG_NS, tag);
	for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
	if (text !== undefined) el.textContent = text;
	parent.appendChild(el);
	return el;
}

/** A chart: `role="img"` with an accessible name; drawn 1:1 (text at its set size), shrunk to a narrower container. */
export function svgChart(parent: HTMLElement, { cls, width, height, label }: { cls: string; width: number; height: number; label: string }): SVGSVGElement {
	const svg = svgEl(parent, "svg", { class: cls, viewBox: `0 0 ${width} ${height}`, width, role: "img", "aria-label": label });
	svgEl(svg, "title", {}, label);
	return svg;
}

/** Cuts a label to `max` characters; the whole text stays in the element's tooltip. */
export function shortLabel(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
