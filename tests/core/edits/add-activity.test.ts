import { describe, expect, it } from "vitest";
import { addActivityLine } from "../../../src/core/edits/add-activity";

const line = "- [ ] Frau Gerens anrufen 📅 2026-11-25";

describe("adding an activity line", () => {
	it("does not take a YAML comment in the frontmatter for the heading", () => {
		const note = "---\ntyp: kunde\n# Aktivitäten\nabc: A\n---\n# K\n";
		expect(addActivityLine(note, line)).toBe(`${note}\n## Aktivitäten\n\n${line}\n`);
	});

	it("does not take a heading inside fenced code for the heading", () => {
		const note = "# K\n```md\n## Aktivitäten\n- [ ] Beispiel\n```\n~~~\n## Activities\n~~~\n## Aktivitäten\n- [ ] eins\n\n## Notizen\n";
		expect(addActivityLine(note, line)).toBe(note.replace("- [ ] eins\n", `- [ ] eins\n${line}\n`));
	});

	it("appends the heading at the end when only code holds one, and removes nothing", () => {
		const note = "# K\n```\n## Aktivitäten\n```\n\n\n";
		expect(addActivityLine(note, line)).toBe(`${note}## Aktivitäten\n\n${line}\n`);
		expect(addActivityLine("# K", line)).toBe(`# K\n\n## Aktivitäten\n\n${line}\n`);
		expect(addActivityLine("", line)).toBe(`## Aktivitäten\n\n${line}\n`);
	});

	it("refuses a note that ends inside code, where the line would be no activity", () => {
		expect(addActivityLine("# K\n```\nCode\n", line)).toBeNull();
		expect(addActivityLine("# K\n```\n## Aktivitäten\n", line)).toBeNull();
	});

	it("keeps each line's own ending and the BOM; the new line takes its neighbour's ending", () => {
		const note = "\uFEFF# K\n## Aktivitäten\r\n- [ ] eins\r\nText\n## Notizen\r\n";
		expect(addActivityLine(note, line)).toBe(`\uFEFF# K\n## Aktivitäten\r\n- [ ] eins\r\n${line}\r\nText\n## Notizen\r\n`);
		expect(addActivityLine("# K\r\n## Aktivitäten\n", line)).toBe(`# K\r\n## Aktivitäten\n${line}\n`);
		expect(addActivityLine("# K\n## Aktivitäten\n- [ ] eins", line)).toBe(`# K\n## Aktivitäten\n- [ ] eins\n${line}`);
		expect(addActivityLine("\uFEFF# K\r\nText\n", line)).toBe(`\uFEFF# K\r\nText\n\n## Aktivitäten\n\n${line}\n`);
	});
});
