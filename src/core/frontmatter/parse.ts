import type { FrontmatterBlock } from "../markdown/frontmatter-block";
import { expansionProblem } from "./expansion";

/**
 * Reads YAML text into plain data and throws on broken YAML. The CLI passes js-yaml with our schema
 * (yaml-schema.ts); the plugin passes Obsidian's own parser, so its bundle carries no YAML library.
 */
export type YamlLoader = (text: string) => unknown;

export type FrontmatterData = Record<string, unknown>;

export interface FrontmatterError {
	/** 1-based line in the note, when known. */
	line: number | null;
	reason: string;
	/** `expansion`: aliases or nesting beyond what any reader may walk (reason: too-large, too-deep, cyclic). */
	kind: "yaml" | "javascript" | "language" | "shape" | "expansion" | "unclosed";
}

export type FrontmatterResult = { data: FrontmatterData; error: null } | { data: FrontmatterData; error: FrontmatterError };

class RefusedEngine extends Error {}
class UnknownLanguage extends Error {}

/** What the YAML loader threw, kept apart from our own refusals. */
class YamlFailure extends Error {
	constructor(override readonly cause: unknown) {
		super("yaml");
	}
}

/** A parser for each language a block may name after its opening `---`. */
export type Engines = Readonly<Record<string, (text: string) => unknown>>;

/**
 * Runs a block's text through the engine for its language and throws what the engine throws (or an
 * error for a language without one): core's own lookup, or gray-matter in the CLI.
 */
export type BlockParser = (language: string, text: string, engines: Engines) => unknown;

/** How frontmatter is read: the YAML loader and, where it differs from core's lookup, the engine picker (gray-matter in the CLI). */
export interface FrontmatterReader {
	yaml: YamlLoader;
	parseBlock?: BlockParser;
}

/**
 * The languages front-matter tools agree on (yaml/yml, json), read without Node, so the plugin runs on
 * Obsidian mobile with the same reader. `---js` is refused, so no note can run code.
 */
export function frontmatterEngines(load: YamlLoader): Engines {
	const yaml = (text: string) => {
		try {
			return load(text);
		} catch (error) {
			throw new YamlFailure(error);
		}
	};
	const refuse = () => {
		throw new RefusedEngine("javascript");
	};
	return { yaml, yml: yaml, json: (text) => JSON.parse(text) as unknown, js: refuse, javascript: refuse };
}

/** The engine for a block's language (YAML when it names none); own keys only, so `---constructor` has none. */
export function engineFor(language: string, engines: Engines): ((text: string) => unknown) | null {
	const name = language.toLowerCase() || "yaml";
	return Object.prototype.hasOwnProperty.call(engines, name) ? (engines[name] ?? null) : null;
}

/** Core's own lookup. */
export const byLanguage: BlockParser = (language, text, engines) => {
	const engine = engineFor(language, engines);
	if (!engine) throw new UnknownLanguage(language);
	return engine(text);
};

export function parseFrontmatter(block: FrontmatterBlock, load: YamlLoader, parse: BlockParser = byLanguage): FrontmatterResult {
	// An empty block (or one of comments only) holds nothing, whatever its language: no data, no error.
	if (block.lines.every((line) => line.trim() === "" || line.trimStart().startsWith("#"))) return { data: {}, error: null };
	let data: unknown;
	// A leading newline stands in for the opening `---`: the loader then counts lines as the note does.
	const text = `\n${block.lines.join("\n")}`;
	try {
		data = parse(block.language, text, frontmatterEngines(load));
	} catch (error) {
		return { data: {}, error: describe(error, block) };
	}
	if (data === null || data === undefined) return { data: {}, error: null };
	const expansion = expansionProblem(data, text.length);
	if (expansion) return { data: {}, error: { line: null, reason: expansion, kind: "expansion" } };
	if (typeof data !== "object" || Array.isArray(data)) {
		return { data: {}, error: { line: 2, reason: "not a map of keys", kind: "shape" } };
	}
	return { data: data as FrontmatterData, error: null };
}

function describe(error: unknown, block: FrontmatterBlock): FrontmatterError {
	if (error instanceof RefusedEngine) return { line: 1, reason: "javascript", kind: "javascript" };
	if (error instanceof YamlFailure) {
		// js-yaml's YAMLException (also what Obsidian's parser throws) carries a reason and a mark.
		const cause = error.cause as { reason?: unknown; message?: unknown; mark?: { line?: unknown } } | null;
		const reason = typeof cause?.reason === "string" && cause.reason ? cause.reason : typeof cause?.message === "string" ? cause.message : "YAML";
		const atEnd = /end of the stream/.test(reason) ? unclosedLine(block.lines, reason) : null;
		// The loader got the YAML after a leading newline, so its line 1 is the block's first line.
		const line = cause?.mark?.line;
		const markLine = typeof line === "number" ? Math.max(0, Math.min(line - 1, block.lines.length - 1)) : null;
		const yamlLine = atEnd ?? markLine;
		// The YAML starts on the note's second line, after the opening `---`.
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
