import { describe, expect, it } from "vitest";
import { actionText } from "../../../src/core/text/action-text";

describe("action text", () => {
	it("shows links by their display text and drops fields the view shows elsewhere", () => {
		expect(actionText("[[Müller GmbH|Herrn Müller]] anrufen 📅 2026-11-25 ⏫ [fällig:: 2026-11-26] 🔁 every week")).toBe("Herrn Müller anrufen");
		expect(actionText("Mit [Frau Novak](Kunden/Northwind.md) den Termin an `Linie 3` abstimmen ✅ 2026-11-20")).toBe("Mit Frau Novak den Termin an abstimmen");
		expect(actionText("[[Kunden/Schulz#Kontakt]] Muster schicken")).toBe("Kunden/Schulz Muster schicken");
	});
});
