import { describe, expect, it } from "vitest";
import { inTemplateFolder, templateFolders } from "../../../src/core/settings/template-folders";

describe("template folders", () => {
	it("are Vorlagen and Templates when nothing names one", () => {
		expect(templateFolders({})).toEqual(["Vorlagen", "Templates"]);
		expect(templateFolders({ core: "", templater: "/" })).toEqual(["Vorlagen", "Templates"]);
	});

	it("are the core Templates folder, Templater's and the command line's, each once", () => {
		expect(templateFolders({ core: "Meta/Vorlagen/", templater: "/Templater", extra: ["Meta/Vorlagen", "Alt"] })).toEqual([
			"Meta/Vorlagen",
			"Templater",
			"Alt",
		]);
	});

	it("ignore values that are no folder names", () => {
		expect(templateFolders({ core: 42, templater: null })).toEqual(["Vorlagen", "Templates"]);
	});

	it("hold notes at any depth, and nothing beside them", () => {
		const folders = ["Vorlagen", "Meta/Templates"];
		expect(inTemplateFolder("Vorlagen/Kunde.md", folders)).toBe(true);
		expect(inTemplateFolder("Meta/Templates/Besuch/Bericht.md", folders)).toBe(true);
		expect(inTemplateFolder("Vorlagen-Alt/Kunde.md", folders)).toBe(false);
		expect(inTemplateFolder("Kunden/Vorlagen.md", folders)).toBe(false);
	});
});
