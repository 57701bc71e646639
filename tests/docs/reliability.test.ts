import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Each test RELIABILITY.md names as proof of a promise: its file and the titles quoted after it. */
function namedTests(): Array<{ file: string; title: string }> {
	const text = readFileSync("RELIABILITY.md", "utf8").replace(/\n {2}/g, " ");
	const named: Array<{ file: string; title: string }> = [];
	for (const line of text.split("\n")) {
		const m = /^- `(tests\/[^`]+\.test\.ts)`[^:]*:(.*)$/.exec(line);
		if (!m?.[1] || !m[2]) continue;
		for (const quoted of m[2].matchAll(/"([^"]+)"/g)) named.push({ file: m[1], title: (quoted[1] ?? "").replace(/,? …$/, "") });
	}
	return named;
}

describe("RELIABILITY.md", () => {
	it("names a test for every promise, and each named test exists", () => {
		const sections = readFileSync("RELIABILITY.md", "utf8").split(/^## /m).slice(1);
		expect(sections.length).toBeGreaterThanOrEqual(8);
		for (const section of sections) expect(section, section.split("\n")[0]).toMatch(/`tests\/[^`]+\.test\.ts`/);
		const named = namedTests();
		expect(named.length).toBeGreaterThan(30);
		for (const { file, title } of named) expect(readFileSync(file, "utf8").replace(/\n\t+/g, " "), `${file}: ${title}`).toContain(title);
	});
});
