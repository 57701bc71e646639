import { parseYaml } from "obsidian";
import type { YamlLoader } from "../../core/api";

/**
 * Obsidian's own YAML parser as the core's loader, so the plugin bundle carries no YAML library.
 * Should it read an unquoted `2026-11-23` as a Date, the core still gets the day as written.
 */
export const obsidianYaml: YamlLoader = (text) => asWritten(parseYaml(text));

/** More distinct objects than the text could hold: the parser's result is not a plain tree. */
const MAX_NODES = 1_000_000;

/**
 * A copy with days as written. Aliases make the parser's result a graph whose objects are shared
 * (`b: [*a, *a]`), even a cycle: each object is converted once and shared in the copy as well, so
 * the walk never expands what the aliases multiply. The core then measures the expansion and refuses.
 */
function asWritten(root: unknown): unknown {
	const copies = new Map<object, unknown>();
	const convert = (value: unknown): unknown => {
		if (value instanceof Date) {
			const iso = Number.isNaN(value.getTime()) ? "" : value.toISOString();
			return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
		}
		if (!value || typeof value !== "object") return value;
		const known = copies.get(value);
		if (known !== undefined) return known;
		if (copies.size >= MAX_NODES) throw new Error("YAML holds too many values");
		if (Array.isArray(value)) {
			const copy: unknown[] = [];
			copies.set(value, copy);
			for (const item of value) copy.push(convert(item));
			return copy;
		}
		const copy: Record<string, unknown> = {};
		copies.set(value, copy);
		for (const [k, v] of Object.entries(value)) copy[k] = convert(v);
		return copy;
	};
	return convert(root);
}
