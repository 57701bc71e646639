import { rawScalar } from "../frontmatter/raw-scalar";
import { slug } from "../text/fold";

/** A goal key as the note writes it, and its value: the text as written where YAML would read `480.000` as 480. */
export interface WrittenValue {
	key: string;
	value: unknown;
}

/**
 * The first of `keys` (German first) the frontmatter sets, case and spelling tolerant (`Neukunden`,
 * `neue-a-kunden`), with its value; null when none is set with something in it.
 */
export function writtenValue(data: Record<string, unknown>, written: readonly string[], keys: readonly string[]): WrittenValue | null {
	const bySlug = new Map<string, string>();
	for (const key of Object.keys(data)) if (!bySlug.has(slug(key))) bySlug.set(slug(key), key);
	for (const wanted of keys) {
		const key = bySlug.get(slug(wanted));
		if (key === undefined) continue;
		const parsed = data[key];
		const value = typeof parsed === "string" || typeof parsed === "number" ? (rawScalar(written, [key]) ?? parsed) : parsed;
		return isSet(value) ? { key, value } : null;
	}
	return null;
}

/** What a problem shows of a value: the text as written, or the YAML of a list or map. */
export function shownValue(value: unknown): string {
	return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}

function isSet(value: unknown): boolean {
	return value !== null && value !== undefined && !(typeof value === "string" && value.trim() === "");
}
