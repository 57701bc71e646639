import { fold, slug } from "../text/fold";
import { inFolder } from "../text/folders";

/** A `key: value` marker from the settings, read once: `typ: kunde` → key "typ", value "kunde". */
export interface Marker {
	key: string;
	value: string;
}

export function readMarkers(markers: readonly string[]): Marker[] {
	return markers.flatMap((m) => {
		const i = m.indexOf(":");
		return i > 0 ? [{ key: slug(m.slice(0, i)), value: fold(m.slice(i + 1).trim()) }] : [];
	});
}

/** A note is marked as a customer when one marker's key holds its value (or a list containing it). */
export function markedAsCustomer(data: Record<string, unknown>, markers: readonly Marker[]): boolean {
	for (const [key, raw] of Object.entries(data)) {
		const k = slug(key);
		const values = Array.isArray(raw) ? raw : [raw];
		if (markers.some((m) => m.key === k && values.some((v) => typeof v === "string" && fold(v.trim()) === m.value))) return true;
	}
	return false;
}

/** Cheap check on the raw frontmatter lines before any YAML is parsed: does a marker's key appear? */
export function mayBeMarked(frontmatterLines: readonly string[], markers: readonly Marker[]): boolean {
	return frontmatterLines.some((line) => {
		const m = /^\s*["']?([^"':#]+)["']?\s*:/.exec(line);
		return m !== null && markers.some((marker) => marker.key === slug(m[1] ?? ""));
	});
}

export function inCustomerFolder(path: string, folders: readonly string[]): boolean {
	return folders.some((folder) => inFolder(path, folder));
}
