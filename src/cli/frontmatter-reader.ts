import matter from "gray-matter";
import { type BlockParser, engineFor } from "../core/api";

/**
 * The CLI reads frontmatter with gray-matter; it calls Node's Buffer, so the plugin, which must run on
 * Obsidian mobile, keeps Obsidian's parser. Core still decides where the block ends (an exact `---` or
 * `...` line, an unclosed block read as body, as in Obsidian): gray-matter would end it at any line
 * starting with `---` and read an unclosed one to the end of the note. So it gets the block alone and a
 * closing delimiter no line can start with: a lone surrogate, which text decoded from UTF-8 never holds.
 */
const CLOSE = "\uDFFF";

/** gray-matter's reading of a block core found, through core's engines (our YAML loader; `---js` refused). */
export const grayMatterBlock: BlockParser = (language, text, engines) => {
	// Only languages of core's table, whose `js`/`javascript` refuse in place of gray-matter's engine that
	// evaluates the block; gray-matter's own lookup would also find `---constructor` on Object's prototype.
	if (!engineFor(language, engines)) throw new Error(`no engine for ${language}`);
	// An options object on every call: without one, gray-matter caches every note's result by its text.
	const options = { delimiters: ["---", CLOSE] as [string, string], language: "yaml", engines: engines as Record<string, (text: string) => object> };
	return matter(`---${language.toLowerCase()}${text}`, options).data;
};
