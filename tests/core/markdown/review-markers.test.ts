import { describe, expect, it } from "vitest";
import { REVIEW_END, REVIEW_START, reviewLines, reviewMarkers } from "../../../src/core/markdown/generated-section";
import { scanNote } from "../../../src/core/markdown/scan";
import { LineIndex } from "../../../src/core/text/line-index";

const texts = (note: string) => scanNote(new LineIndex(note)).items.map((i) => i.text);
const lines = (note: string) => [...reviewLines(new LineIndex(note))].sort((a, b) => a - b);

describe("review markers", () => {
	it("count only as whole lines outside code and frontmatter, a start with the next end", () => {
		const note = [
			"---",
			REVIEW_START,
			"---",
			"```",
			REVIEW_END,
			"```",
			`Im Text: ${REVIEW_START} und ${REVIEW_END}`,
			REVIEW_START,
			"- [[Müller]]: im Review",
			REVIEW_END,
		].join("\n");
		expect(reviewMarkers(new LineIndex(note))).toEqual({ sections: [{ start: 7, end: 9 }], unpaired: [], openCode: false });
		expect(lines(note)).toEqual([7, 8, 9]);
	});

	it("leave a start without an end as ordinary text: the scanner reads the items after it", () => {
		const note = `# T\n${REVIEW_START}\n- [ ] [[Müller]] anrufen 📅 2026-11-25\n- [ ] nachfassen\n`;
		expect(reviewMarkers(new LineIndex(note)).unpaired).toEqual([1]);
		expect(lines(note)).toEqual([]);
		expect(texts(note)).toEqual(["[[Müller]] anrufen 📅 2026-11-25", "nachfassen"]);
	});

	it("do not open a review inside a code block, for the scanner neither", () => {
		const note = ["```", REVIEW_START, "```", "- [ ] eins", REVIEW_END, "- [ ] zwei"].join("\n");
		expect(reviewMarkers(new LineIndex(note))).toEqual({ sections: [], unpaired: [4], openCode: false });
		expect(texts(note)).toEqual(["eins", "zwei"]);
	});

	it("an end inside code closes nothing; a start in a callout's code neither", () => {
		const note = [REVIEW_START, "- im Review", "~~~", REVIEW_END, "~~~", "- auch im Review", REVIEW_END, "> ```", REVIEW_START, "> ```", "- [ ] danach"].join(
			"\n",
		);
		expect(reviewMarkers(new LineIndex(note)).sections).toEqual([{ start: 0, end: 6 }]);
		expect(texts(note)).toEqual(["danach"]);
	});

	it("say when code is still open at the end of the note", () => {
		expect(reviewMarkers(new LineIndex("Text\n```js\nx\n")).openCode).toBe(true);
		expect(reviewMarkers(new LineIndex("Text\n```js\nx\n```\n")).openCode).toBe(false);
	});
});
