import { describe, expect, it } from "vitest";
import { collectReview } from "../../../src/core/review/collect";
import { customer, index } from "../index/build";

describe("review order of a class lifted by potential", () => {
	// Corell's 600 000 is the smallest A revenue; Berg's potential reaches it, so Berg (C) counts as A.
	const review = collectReview(
		index({
			"Kunden/Anders.md": customer("abc: B\numsatz: 50.000", "- [ ] Frau Anders anrufen 📅 2026-11-23\n- [ ] Um Rückruf bitten"),
			"Kunden/Berg.md": customer("abc: C\numsatz: 10.000\npotenzial: 700.000", "- [ ] Herrn Berg anrufen 📅 2026-11-23\n- [ ] Um Rückruf bitten"),
			"Kunden/Corell.md": customer("umsatz: 600.000", "- [ ] Frau Corell anrufen 📅 2026-11-23\n- [ ] Um Rückruf bitten"),
		}),
		14,
	);

	it("lists the lifted C customer's tasks and contact with the A customers, before the B customer", () => {
		expect(review.dueToday.map((a) => a.customer)).toEqual(["Kunden/Berg.md", "Kunden/Corell.md", "Kunden/Anders.md"]);
		expect(review.vague.map((a) => a.customer)).toEqual(["Kunden/Berg.md", "Kunden/Corell.md", "Kunden/Anders.md"]);
		expect(review.contactDue.map((c) => c.name)).toEqual(["Berg", "Corell", "Anders"]);
	});
});
