import { describe, expect, it } from "vitest";
import { messages } from "../../../src/core/i18n";
import { buildIndex } from "../../../src/core/index/build-index";
import { dailyReview } from "../../../src/core/review/daily-review";
import { renderSummary } from "../../../src/core/review/summary";
import { withDefaults } from "../../../src/core/settings/settings";

const notes = [{ path: "Kunden/Vogt.md", text: "---\nfirma: Vogt\nphasenmodell: lebenszyklus\nphase: Stammkunde\n---\n" }];

describe("summary and review in one language", () => {
	it("English output shows the English model and phase names; German the German ones", () => {
		const index = buildIndex(notes, withDefaults({}), "2026-11-23");
		expect(renderSummary(index, messages("en"))).toContain("1 customer\n\n### By ABC\n\n- no class: 1\n\n### By phase\n\n- Lifecycle: Regular customer: 1\n");
		expect(renderSummary(index, messages("de"))).toContain("1 Kunde\n\n### Nach ABC\n\n- ohne Klasse: 1\n\n### Nach Phase\n\n- Lebenszyklus: Stammkunde: 1\n");
		expect(dailyReview(index, 14, messages("en"), [])).toMatch(/\[\[Vogt\]\]: Regular customer\n/);
	});
});
