import * as fs from "node:fs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { buildIndex } from "../../src/core/index/build-index";
import { withDefaults } from "../../src/core/settings/settings";
import { tempVault } from "./temp-vault";

vi.mock("node:fs", async (importOriginal) => {
	const actual = await importOriginal<typeof import("node:fs")>();
	return { ...actual, writeFileSync: vi.fn(actual.writeFileSync) };
});

const { run } = await import("../../src/cli/run");
const actualFs = await vi.importActual<typeof import("node:fs")>("node:fs");

const vault = tempVault;

function capture(argv: string[]) {
	let [out, err] = ["", ""];
	const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t) }, () => "2031-07-15");
	return { code, out, err };
}

const CUSTOMER = "---\ntyp: kunde\nabc: A\n---\n- [ ] Frau Gerens anrufen 📅 2026-11-23\n- [ ] Um Rückruf bitten\n";
const DAILY = "Tagesnotizen/2026-11-23.md";
const files = {
	"Kunden/Gerens.md": CUSTOMER,
	".obsidian/daily-notes.json": '{"folder":"Tagesnotizen","template":"Vorlagen/Tag"}',
	"Vorlagen/Tag.md": "# {{title}}\n\n## Notizen\n",
};
const read = (root: string, path = DAILY) => readFileSync(join(root, path), "utf8");
const activities = (root: string) =>
	buildIndex(
		[CUSTOMER, read(root)].map((text, i) => ({ path: i === 0 ? "Kunden/Gerens.md" : DAILY, text })),
		withDefaults({ dailyNoteFolder: "Tagesnotizen" }),
		"2026-11-23",
	).activities.length;

describe("review on stdout", () => {
	it("carries the markers, so appending it to a daily note by hand adds no activity", () => {
		const root = vault({ ...files, [DAILY]: "# 2026-11-23\n" });
		const before = activities(root);
		const { code, out } = capture(["review", root, "--date", "2026-11-23"]);
		expect(code).toBe(0);
		expect(out.split("\n")[0]).toBe("%% kundendossier-review:start %%");
		expect(out.trimEnd().split("\n").at(-1)).toBe("%% kundendossier-review:end %%");
		writeFileSync(join(root, DAILY), read(root) + out);
		expect(activities(root)).toBe(before);
	});
});

describe("review --insert", () => {
	it("creates the missing daily note from its template, in its folder, with the section", () => {
		const root = vault(files);
		const { code, out, err } = capture(["review", root, "--insert", "--date", "2026-11-23"]);
		expect([code, err]).toEqual([0, ""]);
		expect(out).toBe(`Tagesreview eingefügt: ${DAILY}\n`);
		const text = read(root);
		expect(text.startsWith("# 2026-11-23\n\n## Notizen\n\n%% kundendossier-review:start %%\n# Tagesreview 2026-11-23\n")).toBe(true);
		expect(text.endsWith("%% kundendossier-review:end %%\n")).toBe(true);
	});

	it("is idempotent: a second run changes no byte and says so", () => {
		const root = vault({ ...files, [DAILY]: "\uFEFF# Montag\r\n\r\nGesprächsnotizen: Müller will 20 % Rabatt.\r\n" });
		capture(["review", root, "--insert", "--date", "2026-11-23"]);
		const once = read(root);
		expect(once.startsWith("\uFEFF# Montag\r\n\r\nGesprächsnotizen: Müller will 20 % Rabatt.\r\n\r\n%% kundendossier-review:start %%\r\n")).toBe(true);
		const second = capture(["review", root, "--insert", "--date", "2026-11-23"]);
		expect([second.code, second.out]).toEqual([0, `Tagesreview in ${DAILY} ist schon aktuell; nichts geändert\n`]);
		expect(read(root)).toBe(once);
	});

	it("replaces the section of an earlier run and nothing around it", () => {
		const root = vault({ ...files, [DAILY]: "# T\n%% kundendossier-review:start %%\nalt\n%% kundendossier-review:end %%\nNachher\n" });
		capture(["review", root, "--insert", "--date", "2026-11-23"]);
		const text = read(root);
		expect(text.startsWith("# T\n%% kundendossier-review:start %%\n# Tagesreview")).toBe(true);
		expect(text.endsWith("%% kundendossier-review:end %%\nNachher\n")).toBe(true);
		expect(text).not.toContain("alt\n");
	});

	it("refuses an orphan start marker with exit 2 and leaves the user's text", () => {
		const note = "# T\n%% kundendossier-review:start %%\nMeine Gesprächsnotizen: Müller will 20 % Rabatt.\n";
		const root = vault({ ...files, [DAILY]: note });
		const { code, out, err } = capture(["review", root, "--insert", "--date", "2026-11-23"]);
		expect([code, out]).toEqual([2, ""]);
		expect(err).toContain("ohne Partner");
		expect(read(root)).toBe(note);
	});

	it("writes nothing when the note changes between reading and writing", () => {
		const root = vault({ ...files, [DAILY]: "# T\n" });
		const write = vi.mocked(fs.writeFileSync);
		write.mockImplementationOnce((...args: Parameters<typeof fs.writeFileSync>) => {
			// Another program (a sync client, the editor) saves the note while the CLI writes its copy.
			actualFs.appendFileSync(join(root, DAILY), "- [ ] neu dazugeschrieben\n");
			actualFs.writeFileSync(...args);
		});
		const { code, err } = capture(["review", root, "--insert", "--date", "2026-11-23"]);
		expect(code).toBe(2);
		expect(err).toContain("während des Schreibens geändert");
		expect(read(root)).toBe("# T\n- [ ] neu dazugeschrieben\n");
		expect(fs.readdirSync(join(root, "Tagesnotizen"))).toEqual(["2026-11-23.md"]);
	});

	it("speaks English when told", () => {
		const root = vault(files);
		expect(capture(["review", root, "--insert", "--date", "2026-11-23", "--lang", "en"]).out).toBe(`Daily review inserted: ${DAILY}\n`);
	});
});
