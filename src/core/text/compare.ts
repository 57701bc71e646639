/** Plain code-unit order: the same on every machine and in every locale, so outputs are stable. */
export function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
