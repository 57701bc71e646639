import { SLASH } from "./char-codes";

/** A folder as a vault path: "/Kunden/" and "Kunden" are the same folder; "" is the whole vault. */
export function normalizeFolder(folder: string): string {
	return folder.replace(/^\/+|\/+$/g, "");
}

/** A note lies in a folder at any depth; the empty folder (or "/") is the whole vault. */
export function inFolder(path: string, folder: string): boolean {
	// Asked for every note and every folder: no pattern nor new string when the folder is written plainly.
	const f = folder.startsWith("/") || folder.endsWith("/") ? normalizeFolder(folder) : folder;
	return f === "" || (path.charCodeAt(f.length) === SLASH && path.startsWith(f));
}
