import { findFrontmatter } from "../markdown/frontmatter-block";
import { LineIndex } from "../text/line-index";
import { slug } from "../text/fold";
import { parseFrontmatter, type FrontmatterData, type YamlLoader } from "./parse";

/**
 * Why a frontmatter write was refused: no frontmatter it can edit (unclosed, another language), broken
 * YAML, the key written twice, an anchor or alias, a value in a form it does not know, or a result that
 * would not read back as intended.
 */
export type FrontmatterRefusal = "no-frontmatter" | "yaml-error" | "duplicate" | "alias" | "shape" | "unverified";

export type FrontmatterEdit = { ok: true; text: string } | { ok: false; reason: FrontmatterRefusal };

export const refuse = (reason: FrontmatterRefusal): FrontmatterEdit => ({ ok: false, reason });

/** The note's frontmatter data; null when it does not parse. A note without frontmatter has none: {}. */
export function readData(note: string, yaml: YamlLoader): FrontmatterData | null {
	const block = findFrontmatter(new LineIndex(note));
	if (!block) return {};
	const result = parseFrontmatter(block, yaml);
	return result.error ? null : result.data;
}

/**
 * The last check before a write: the new text parses, every key the writer does not own has the value
 * it had (same keys, same order), and the owned ones read back what was written.
 */
export function verified(
	before: FrontmatterData,
	after: string,
	owned: readonly string[],
	yaml: YamlLoader,
	readsBack: (data: FrontmatterData) => boolean,
): FrontmatterEdit {
	const data = readData(after, yaml);
	if (!data) return refuse("unverified");
	const mine = new Set(owned.map(slug));
	const others = (d: FrontmatterData) => JSON.stringify(Object.entries(d).filter(([k]) => !mine.has(slug(k))));
	if (others(data) !== others(before) || !readsBack(data)) return refuse("unverified");
	return { ok: true, text: after };
}
