import type matterType from "gray-matter";
import { describe, expect, it, vi } from "vitest";
import { capturing, tempVault } from "./temp-vault";

const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock("gray-matter", async (importOriginal) => {
	const real = (await importOriginal<{ default: typeof matterType }>()).default;
	const counted = (...args: Parameters<typeof matterType>) => {
		calls.count++;
		return real(...args);
	};
	return { default: Object.assign(counted, real) };
});

const matter = (await import("gray-matter")).default as typeof matterType & { cache: Record<string, unknown> };
const { run } = await import("../../src/cli/run");
const capture = capturing(run);

interface Index {
	customers: Array<{ path: string; name: string }>;
	errors: Array<{ path: string; message: string }>;
}

function index(files: Record<string, string>): Index {
	const { code, out, err } = capture(["index", tempVault(files), "--today", "2026-11-23", "--json"]);
	expect([code, err]).toEqual([0, ""]);
	return JSON.parse(out) as Index;
}

describe("the CLI reads frontmatter with gray-matter", () => {
	it("reads every customer's frontmatter through it, and its cache stays empty", () => {
		const files = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`Kunden/K${i}.md`, `---\ntyp: kunde\nfirma: Firma ${i}\n---\n`]));
		calls.count = 0;
		const read = index(files);
		expect(read.customers.map((c) => c.name)).toContain("Firma 49");
		expect(calls.count).toBe(50);
		expect(Object.keys(matter.cache)).toEqual([]);
	});

	it("reads the goals note through it as well", () => {
		const dir = tempVault({ "Kunden/K.md": "---\ntyp: kunde\n---\n", "Notizen/Ziele.md": "---\nvon: 2026-01-01\nbis: 2026-12-31\nneukunden: 3\n---\n" });
		calls.count = 0;
		const { code, out } = capture(["review", dir, "--date", "2026-11-23", "--goals", "Notizen/Ziele.md"]);
		expect(code).toBe(0);
		expect(out).toContain("Neukunden");
		expect(calls.count).toBe(2);
	});

	it("never evaluates a ---js block: it is named as JavaScript frontmatter", () => {
		const g = globalThis as { pwned?: boolean };
		const read = index({ "Kunden/Js.md": "---js\n{ firma: (globalThis.pwned = true, 'Vogt') }\n---\n" });
		expect(g.pwned).toBeUndefined();
		expect(read.customers.map((c) => c.name)).toEqual(["Js"]);
		expect(read.errors.map((e) => e.path)).toEqual(["Kunden/Js.md"]);
		expect(read.errors[0]?.message).toMatch(/JavaScript/);
	});

	it("takes a language only from our engines, never from Object's prototype", () => {
		const read = index({ "Kunden/Odd.md": "---constructor\nfirma: Vogt\n---\n", "Kunden/Str.md": "---toString\nfirma: Vogt\n---\n" });
		expect(read.customers.map((c) => c.name)).toEqual(["Odd", "Str"]);
		expect(read.errors.map((e) => e.path)).toEqual(["Kunden/Odd.md", "Kunden/Str.md"]);
	});
});
