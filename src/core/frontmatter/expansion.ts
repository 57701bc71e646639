/**
 * YAML aliases let a few hundred bytes stand for a tree of billions of values (`b: [*a, *a, …]`):
 * the parsers share one object per anchor, but every reader that walks the tree (a dossier's name
 * joined from a list) expands it. Before anything reads the frontmatter, its expanded size is
 * measured once per shared object, so the measure itself never expands.
 */

/** Deeper than this, frontmatter is no dossier (and a recursive reader would risk the stack). */
export const MAX_DEPTH = 64;
/** Values and text characters the aliases may add on top of what the text itself holds. */
export const EXPANSION_ALLOWANCE = 1_000_000;

export type Expansion = "too-deep" | "too-large" | "cyclic" | null;

interface Measure {
	size: number;
	height: number;
}

/**
 * Why `value` must not be read, or null. Without aliases a tree holds at most about one value or
 * character per character of its text, so `textLength` lifts the budget and large plain frontmatter
 * is never refused.
 */
export function expansionProblem(value: unknown, textLength: number): Expansion {
	const budget = EXPANSION_ALLOWANCE + 2 * textLength;
	const done = new Map<object, Measure>();
	const open = new Set<object>();
	const measure = (node: unknown, depth: number): Measure => {
		if (typeof node === "string") return { size: 1 + node.length, height: 0 };
		if (node === null || typeof node !== "object") return { size: 1, height: 0 };
		const known = done.get(node);
		if (known) {
			// A shared node reached deeper than before may now be too deep.
			if (depth + known.height > MAX_DEPTH) throw new Refusal("too-deep");
			return known;
		}
		if (open.has(node)) throw new Refusal("cyclic");
		if (depth >= MAX_DEPTH) throw new Refusal("too-deep");
		open.add(node);
		let size = 1;
		let height = 0;
		const keys = Array.isArray(node) ? null : Object.keys(node);
		const children = keys ? keys.map((k) => (node as Record<string, unknown>)[k]) : (node as unknown[]);
		for (const key of keys ?? []) size += key.length;
		for (const child of children) {
			const m = measure(child, depth + 1);
			size += m.size;
			if (size > budget) throw new Refusal("too-large");
			height = Math.max(height, m.height + 1);
		}
		open.delete(node);
		const result = { size, height };
		done.set(node, result);
		return result;
	};
	try {
		measure(value, 0);
		return null;
	} catch (error) {
		if (error instanceof Refusal) return error.kind;
		throw error;
	}
}

class Refusal extends Error {
	constructor(readonly kind: Exclude<Expansion, null>) {
		super(kind);
	}
}
