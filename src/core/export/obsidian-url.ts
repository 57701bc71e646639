/** The `obsidian://open` link to a note, as Obsidian's "Copy Obsidian URL" writes it (without `.md`). */
export function obsidianUrl(vaultName: string, path: string): string {
	const file = path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
	return `obsidian://open?vault=${encodeURIComponent(vaultName)}&file=${encodeURIComponent(file)}`;
}
