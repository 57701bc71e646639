// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { Plugin as FakePlugin } from "../fake/obsidian";
import { VAULT } from "../fixture-vault";
import { loadPlugin } from "../harness";

type Tab = { display(): void; containerEl: HTMLElement };

describe("stored settings that fail validation", () => {
	it("are named in the settings tab, with the defaults in use, until a change saves the defaults", async () => {
		const { plugin } = await loadPlugin(VAULT, { languageMode: "en", birthdayDays: "oft", explorerTags: "ja", customerFolders: ["Kunden"] });
		const tab = (plugin as unknown as FakePlugin).settingTabs[0] as unknown as Tab;
		tab.display();
		const warning = () => tab.containerEl.querySelector(".kundendossier-setting-error")?.textContent ?? null;
		expect(warning()).toBe("Stored with an invalid value and replaced by the default: birthdayDays, explorerTags. The next change saves the defaults.");
		const folders = tab.containerEl.querySelector("textarea") as HTMLTextAreaElement;
		folders.value = "Kunden\nArchiv";
		folders.dispatchEvent(new Event("change"));
		await new Promise((r) => setTimeout(r, 0));
		expect(plugin.data).toMatchObject({ birthdayDays: 7, explorerTags: true });
		tab.display();
		expect(warning()).toBeNull();
	});

	it("say nothing when every stored value is valid", async () => {
		const { plugin } = await loadPlugin(VAULT, { languageMode: "de", explorerTags: false });
		const tab = (plugin as unknown as FakePlugin).settingTabs[0] as unknown as Tab;
		tab.display();
		expect(tab.containerEl.querySelector(".kundendossier-setting-error")).toBeNull();
	});
});
