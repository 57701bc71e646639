import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actionText } from "../../../src/core/text/action-text";

describe("action text", () => {
	it("keeps text after an empty id field", () => {
		expect(actionText("Anruf 🆔 📅 2026-11-25 Meier")).toBe("Anruf Meier");
	});

	it("shows links by their display text and drops fields the view shows elsewhere", () => {
		expect(actionText("[[Müller GmbH|Herrn Müller]] anrufen 📅 2026-11-25 ⏫ [fällig:: 2026-11-26] 🔁 every week")).toBe("Herrn Müller anrufen");
		expect(actionText("Mit [Frau Novak](Kunden/Northwind.md) den Termin an `Linie 3` abstimmen ✅ 2026-11-20")).toBe("Mit Frau Novak den Termin an abstimmen");
		expect(actionText("[[Kunden/Schulz#Kontakt]] Muster schicken")).toBe("Kunden/Schulz Muster schicken");
	});
});

describe("action text, Tasks fields in one pass", () => {
	// The fields removed one kind after another, as the rules read them before the single pass.
	const stepwise = (text: string) =>
		text
			.replace(/🔁\uFE0F?[^📅📆🗓⏳⌛🛫✅➕❌⏫🔼🔽⏬🔺🆔⛔]*/gu, " ")
			.replace(/(?:📅|📆|🗓|⏳|⌛|🛫|✅|➕|❌)\uFE0F?\s*(?:\d{4}-\d{2}-\d{2})?/gu, " ")
			.replace(/[⏫🔼🔽⏬🔺]\uFE0F?/gu, " ")
			.replace(/(?:🆔|⛔)\uFE0F?\s*[\w,-]*/gu, " ")
			.replace(/\s+/g, " ")
			.trim();

	it("removes what the stepwise replacements removed, for fields as Tasks writes them (property)", () => {
		const field = fc.constantFrom(
			"📅 2026-11-25",
			"⏳\uFE0F 2026-12-01",
			"✅ 2026-11-20",
			"📅",
			"🔁 every week",
			"⏫",
			"🔺\uFE0F",
			"🆔 abc1",
			"⛔ abc1,x-2",
			"Anruf",
			"ü",
			"2026-11-25",
		);
		const space = fc.constantFrom(" ", "  ", "\t", "\u00a0", "");
		fc.assert(
			fc.property(fc.array(fc.tuple(space, field), { maxLength: 8 }), (parts) => {
				const text = parts.flat().join("");
				expect(actionText(text)).toBe(stepwise(text));
			}),
		);
	});
});
