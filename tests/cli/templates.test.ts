import { describe, expect, it } from "vitest";
import { cli } from "./cli-process";
import { tempVault } from "./temp-vault";

const TEMPLATE = '---\ntyp: kunde\nfirma: "{{title}}"\n---\n- [ ] Erstkontakt\n- [ ] [[Vogt]] Nachfassen\n';

const vault = tempVault;

const customers = (root: string, ...extra: string[]) => {
	const result = cli("index", root, "--today", "2026-11-23", "--json", ...extra);
	expect(result.stderr).toBe("");
	const index = JSON.parse(result.stdout) as { customers: Array<{ path: string }>; activities: Array<{ path: string }> };
	return { customers: index.customers.map((c) => c.path), activityPaths: [...new Set(index.activities.map((a) => a.path))] };
};

describe("templates are never customers, never activities", () => {
	const files = {
		"Kunden/Vogt.md": "---\nfirma: Vogt\n---\n- [ ] Herrn Vogt anrufen 📅 2026-11-25\n",
		"Vorlagen/Kunde.md": TEMPLATE,
		"Meta/Vorlagen/Kunde.md": TEMPLATE,
		"Extra/Kunde.md": TEMPLATE,
	};

	it("skips Vorlagen and Templates when the vault names no template folder", () => {
		expect(customers(vault(files)).customers).toEqual(["Extra/Kunde.md", "Kunden/Vogt.md", "Meta/Vorlagen/Kunde.md"]);
	});

	it("skips the folders of core Templates and Templater, and --templates besides", () => {
		const root = vault({
			...files,
			".obsidian/templates.json": '{"folder":"Meta/Vorlagen"}',
			".obsidian/plugins/templater-obsidian/data.json": '{"templates_folder":"Vorlagen"}',
		});
		expect(customers(root)).toEqual({ customers: ["Extra/Kunde.md", "Kunden/Vogt.md"], activityPaths: ["Extra/Kunde.md", "Kunden/Vogt.md"] });
		expect(customers(root, "--templates", "Extra")).toEqual({ customers: ["Kunden/Vogt.md"], activityPaths: ["Kunden/Vogt.md"] });
	});

	it("wants a folder name after --templates", () => {
		const result = cli("index", vault(files), "--templates", " ", "--json");
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("--templates");
	});
});
