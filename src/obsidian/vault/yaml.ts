import { parseYaml } from "obsidian";
import type { YamlLoader } from "../../core/frontmatter/parse";

/**
 * Obsidian's own YAML parser as the core's loader, so the plugin bundle carries no YAML library.
 * Should it read an unquoted `2026-11-23` as a Date, the core still gets the day as written.
 */
export const obsidianYaml: YamlLoader = (text) => asWritten(parseYaml(text));

function asWritten(value: unknown): unknown {
	if (value instanceof Date) {
		const iso = Number.isNaN(value.getTime()) ? "" : value.toISOString();
		return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
	}
	if (Array.isArray(value)) return value.map(asWritten);
	if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asWritten(v)]));
	return value;
}
