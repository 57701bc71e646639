/**
 * A count with its noun in the right number: "1 Kunde", "2 Kunden"; "1 customer", "2 customers".
 * German and English both take the singular for exactly one and the plural otherwise (also for 0).
 */
export function count(n: number, one: string, other: string): string {
	return `${n} ${n === 1 ? one : other}`;
}
