import yaml from "js-yaml";
import type { FrontmatterBlock } from "../markdown/frontmatter-block";
import { parseYaml } from "./yaml-schema";

export type FrontmatterData = Record<string, unknown>;

export interface FrontmatterError {
	/** 1-based line in the note, when known. */
	line: number | null;
	reason: string;
	kind: "yaml" | "javascript" | "language" | "shape";
}

export type FrontmatterResult = { data: FrontmatterData; error: null } | { data: FrontmatterData; error: FrontmatterError };

class RefusedEngine extends Error {}
class UnknownLanguage extends Error {}

/**
 * The engine for the block's language, as gray-matter chose it (yaml/yml, json; `---js` refused, so it is
 * never run), called directly: gray-matter itself needs Node's Buffer, which Obsidian on mobile lacks.
 */
function engine(language: string): (text: string) => unknown {
	switch (language.toLowerCase()) {
		case "":
		case "yaml":
		case "yml":
			return parseYaml;
		case "json":
			return (text) => JSON.parse(text) as unknown;
		case "js":
		case "javascript":
			throw new RefusedEngine("javascript");
		default:
			throw new UnknownLanguage(language);
	}
}

export function parseFrontmatter(block: FrontmatterBlock): FrontmatterResult {
	let data: unknown;
	try {
		// After a leading newline, as gray-matter handed it over: js-yaml's line 1 is the block's first line.
		data = engine(block.language)(`\n${block.lines.join("\n")}`);
	} catch (error) {
		return { data: {}, error: describe(error, block) };
	}
	if (data === null || data === undefined) return { data: {}, error: null };
	if (typeof data !== "object" || Array.isArray(data)) {
		return { data: {}, error: { line: 2, reason: "not a map of keys", kind: "shape" } };
	}
	return { data: data as FrontmatterData, error: null };
}

function describe(error: unknown, block: FrontmatterBlock): FrontmatterError {
	if (error instanceof RefusedEngine) return { line: 1, reason: "javascript", kind: "javascript" };
	if (error instanceof yaml.YAMLException) {
		// The YAML starts on the note's second line, after the opening `---`.
		const reason = error.reason || error.message;
		const atEnd = /end of the stream/.test(reason) ? unclosedLine(block.lines, reason) : null;
		// The engine got the YAML after a leading newline, so js-yaml's line 1 is the block's first line.
		const markLine = typeof error.mark?.line === "number" ? Math.max(0, Math.min(error.mark.line - 1, block.lines.length - 1)) : null;
		const yamlLine = atEnd ?? markLine;
		return { line: yamlLine === null ? null : yamlLine + 2, reason, kind: "yaml" };
	}
	return { line: 1, reason: block.language || String(error), kind: "language" };
}

/** An unclosed quote or bracket is reported at the end of the YAML; the user needs the line it opened on. */
function unclosedLine(lines: readonly string[], reason: string): number | null {
	const quote = /double quoted/.test(reason) ? '"' : /single quoted/.test(reason) ? "'" : null;
	let depth = 0;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (quote && (line.split(quote).length - 1) % 2 === 1) return i;
		if (!quote) {
			const before = depth;
			depth += (line.match(/[[{]/g)?.length ?? 0) - (line.match(/[\]}]/g)?.length ?? 0);
			if (before === 0 && depth > 0) return i;
		}
	}
	return null;
}
