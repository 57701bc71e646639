/** Text that a regular expression must match as written: names, stems, literal parts of a format. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
