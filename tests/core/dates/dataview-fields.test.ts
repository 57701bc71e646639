import { describe, expect, it } from "vitest";
import { dates, REF } from "./helpers";

describe("Dataview inline fields", () => {
	it("never takes created:: or cancelled:: as the activity's date, nor lets them hide the text's", () => {
		expect(dates.extract("morgen anrufen [created:: 2026-11-20]", REF).date).toBe("2026-11-24");
		expect(dates.extract("Anruf [cancelled:: 2026-11-20]", REF).date).toBeNull();
		expect(dates.extract("Anruf (erstellt:: 2026-11-20)", REF).date).toBeNull();
	});

	it("passes a period's last day and relative flag through a field", () => {
		expect(dates.extract("[fällig:: KW 49] Angebot", REF)).toMatchObject({ date: "2026-11-30", dateEnd: "2026-12-06", relative: false });
		expect(dates.extract("[due:: morgen] Angebot", REF)).toMatchObject({ date: "2026-11-24", dateEnd: null, relative: true });
	});
});
