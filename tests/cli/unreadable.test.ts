import * as fs from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { capturing, tempVault } from "./temp-vault";

// Tests run as root, where chmod does not deny reading: the file system's refusals are injected.
vi.mock("node:fs", async (importOriginal) => {
	const actual = await importOriginal<typeof import("node:fs")>();
	return { ...actual, openSync: vi.fn(actual.openSync), readdirSync: vi.fn(actual.readdirSync), statSync: vi.fn(actual.statSync) };
});

const { run } = await import("../../src/cli/run");
const actual = await vi.importActual<typeof import("node:fs")>("node:fs");
const SEAMS = ["openSync", "readdirSync", "statSync"] as const;

const vault = tempVault;

const capture = capturing(run);

/** Makes the file system refuse `path` with `code`, as it does for a folder without rights or a path too long. */
function refuse(fn: (typeof SEAMS)[number], path: string, code: string): void {
	const mocked = vi.mocked(fs[fn]) as unknown as {
		getMockImplementation(): ((...a: unknown[]) => unknown) | undefined;
		mockImplementation(f: (...a: unknown[]) => unknown): void;
	};
	const before = mocked.getMockImplementation() ?? (actual[fn] as (...a: unknown[]) => unknown);
	mocked.mockImplementation((...args: unknown[]) => {
		if (String(args[0]) === path) throw Object.assign(new Error(`${code}: refused, ${fn} '${path}'`), { code });
		return before(...args);
	});
}

const GOOD = { "Kunden/Vogt.md": "---\nfirma: Vogt\n---\n- [x] Herrn Vogt besucht ✅ 2026-11-20\n- [ ] Herrn Vogt anrufen 📅 2026-11-30\n" };

afterEach(() => {
	for (const fn of SEAMS) (vi.mocked(fs[fn]) as unknown as { mockImplementation(f: unknown): void }).mockImplementation(actual[fn]);
});

describe("folders and notes the file system refuses", () => {
	it("names an unreadable folder and an over-long path in errors and goes on", () => {
		const root = vault({ ...GOOD, "Kunden/Geheim/K.md": "x", "Kunden/Lang.md": "x" });
		refuse("readdirSync", join(root, "Kunden", "Geheim"), "EACCES");
		refuse("openSync", join(root, "Kunden", "Lang.md"), "ENAMETOOLONG");
		const { code, out, err } = capture(["index", root, "--json", "--today", "2026-11-23"]);
		expect([code, err]).toEqual([0, ""]);
		const index = JSON.parse(out) as { customers: Array<{ path: string }>; errors: unknown[] };
		expect(index.customers.map((c) => c.path)).toEqual(["Kunden/Vogt.md"]);
		expect(index.errors).toEqual([
			{ path: "Kunden/Geheim", message: "Ordner konnte nicht gelesen werden: keine Leserechte" },
			{ path: "Kunden/Lang.md", message: "Notiz konnte nicht gelesen werden: der Pfad ist zu lang" },
		]);
	});

	it("lint lists them but exits 0 when no problems were found, and names them on stderr for review", () => {
		const root = vault({ ...GOOD, "Kunden/Geheim/K.md": "x" });
		refuse("readdirSync", join(root, "Kunden", "Geheim"), "EACCES");
		const lint = capture(["lint", root, "--lang", "en"]);
		expect(lint.err).toBe("");
		expect(lint.code).toBe(0);
		expect(lint.out).toContain("Kunden/Geheim: error: Folder could not be read: permission denied");
		const review = capture(["review", root, "--date", "2026-11-23"]);
		expect(review.code).toBe(0);
		expect(review.err).toBe("Kunden/Geheim: Ordner konnte nicht gelesen werden: keine Leserechte\n");
	});

	it("names on stderr the notes review, export and the summary leave out, not the ones only their frontmatter failed", () => {
		const root = vault({
			...GOOD,
			"Kunden/Alt-Mac.md": "- [ ] Herrn Alt anrufen 📅 2026-11-24\r- [ ] Angebot schicken",
			"Kunden/Kaputt.md": "---\nfirma: [Kaputt\n---\n- [ ] Frau Kaputt anrufen 📅 2026-11-24\n",
		});
		actual.writeFileSync(join(root, "Kunden", "Breit.md"), new Uint8Array(Buffer.from("\uFEFF- [ ] Herrn Breit anrufen", "utf16le")));
		const review = capture(["review", root, "--date", "2026-11-23"]);
		expect(review.code).toBe(0);
		expect(review.err).toBe(
			"Kunden/Alt-Mac.md: Notiz trennt Zeilen nur mit CR (altes Mac-Format) und wurde nicht gelesen; bitte mit LF oder CRLF speichern\n" +
				"Kunden/Breit.md: Notiz ist als UTF-16 gespeichert und wurde nicht gelesen; bitte als UTF-8 speichern\n",
		);
		expect(review.out).toContain("[[Kaputt]]");
		for (const argv of [
			["export", root, "--csv"],
			["index", root],
		])
			expect(capture(argv).err).toBe(review.err);
		// Outputs that list the errors themselves leave stderr alone.
		expect(capture(["index", root, "--json"]).err).toBe("");
		expect(capture(["lint", root]).err).toBe("");
	});

	it("stops with exit 2 and a sentence when the vault itself cannot be read", () => {
		const root = vault(GOOD);
		refuse("readdirSync", root, "EACCES");
		expect(capture(["lint", root])).toEqual({ code: 2, out: "", err: `Fehler: Vault-Ordner ${root} kann nicht gelesen werden: keine Leserechte\n` });
		const long = join(root, "x".repeat(300));
		refuse("statSync", long, "ENAMETOOLONG");
		expect(capture(["index", long, "--lang", "en"])).toEqual({ code: 2, out: "", err: `Error: Vault folder ${long} cannot be read: the path is too long\n` });
	});
});
