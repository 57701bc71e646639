import { createDateExtractor } from "../src/core/dates/extract";
import { buildIndex } from "../src/core/index/build-index";
import { withDefaults } from "../src/core/settings/settings";
import { percentile, time } from "./measure";

/**
 * Hostile lines of growing size through the date reader and the index: each line opens what a
 * pattern looks for and never closes it. Linear work gives the same milliseconds per KB at every
 * size; work that grows with the square of a line shows as a per-KB time that grows with it.
 */
const TOKENS = ["[a](", "[[x|", "[", "`", "``x", "[a](<", '[a](b "', "[::", "1rueckruf", "next ", "12.", "📅", "#", "a"];
const SIZES_KB = [10, 100, 1000];
const settings = withDefaults();

function line(token: string, kb: number): string {
	return token.repeat(Math.ceil((kb * 1024) / token.length)).slice(0, kb * 1024);
}

/** One round: every token at one size, as a customer's item and heading, a linking item, and through the date reader. */
function round(kb: number): number {
	const dates = createDateExtractor();
	let ms = 0;
	for (const token of TOKENS) {
		const body = line(token, kb);
		ms += time(() => {
			dates.extract(body, "2026-11-23");
			dates.firstDate(body, "2026-11-23");
			buildIndex(
				[
					{ path: "Kunden/K.md", text: `---\ntyp: kunde\n---\n# ${body}\n- [ ] ${body}\n` },
					{ path: "Notizen/n.md", text: `- [ ] [[K]] ${body}\n- ${body}\n` },
				],
				settings,
				"2026-11-23",
			);
		});
	}
	return ms;
}

/** Milliseconds per KB of hostile text at each size (median of five rounds, after one uncounted). */
export function linearity(): Array<{ kb: number; msPerKb: number }> {
	return SIZES_KB.map((kb) => {
		round(kb);
		const samples = Array.from({ length: 5 }, () => round(kb));
		// Each token's text stands in four lines and two reader calls.
		return { kb, msPerKb: percentile(samples, 50) / (kb * TOKENS.length * 6) };
	});
}
