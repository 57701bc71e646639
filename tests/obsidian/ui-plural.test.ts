import { describe, expect, it } from "vitest";
import { uiDe } from "../../src/obsidian/i18n/ui-de";
import { uiEn } from "../../src/obsidian/i18n/ui-en";

describe("the plugin's counts take the noun's singular for exactly one", () => {
	it("in the status bar and the lint notice", () => {
		expect(uiDe.status.counts(1, 2, 1)).toBe("1 Kunde · 2 offen · 1 vage");
		expect(uiEn.status.counts(1, 2, 1)).toBe("1 customer · 2 open · 1 vague");
		expect(uiDe.lint.summary(1, 1, 1)).toBe("1 Problem bei 1 Kunden, 1 Notiz nicht vollständig lesbar");
		expect(uiEn.lint.summary(1, 1, 1)).toBe("1 problem with 1 customer, 1 note not fully readable");
	});
});
