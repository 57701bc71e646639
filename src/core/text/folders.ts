/** A folder as a vault path: "/Kunden/" and "Kunden" are the same folder; "" is the whole vault. */
export function normalizeFolder(folder: string): string {
	return folder.replace(/^\/+|\/+$/g, "");
}

/** A note lies in a folder at any depth; the empty folder (or "/") is the whole vault. */
export function inFolder(path: string, folder: string): boolean {
	const f = normalizeFolder(folder);
	return f === "" || path.startsWith(`${f}/`);
}
