import { describe, expect, it } from "vitest";
import { tasksEmojiDates, withoutPlannedDates } from "../../../src/core/dates/tasks-emoji";

describe("withoutPlannedDates", () => {
	it("removes due, scheduled and start dates in every emoji Tasks accepts, and keeps the rest", () => {
		expect(withoutPlannedDates("Angebot senden 📅 2026-11-25")).toBe("Angebot senden");
		expect(withoutPlannedDates("Angebot senden 📆 2026-11-25 ⌛\uFE0F 2026-11-24 🗓\uFE0F 2026-11-26 🛫 2026-11-20")).toBe("Angebot senden");
		expect(withoutPlannedDates("Angebot gesendet ✅ 2026-11-20 ➕ 2026-11-01")).toBe("Angebot gesendet ✅ 2026-11-20 ➕ 2026-11-01");
	});

	it("leaves no date that would still give the activity its old date", () => {
		for (const text of [
			"Anruf 📅 2026-11-25",
			"Anruf 📆 2026-11-25",
			"Anruf 🗓 2026-11-25",
			"Anruf ⏳ 2026-11-25",
			"Anruf ⌛ 2026-11-25",
			"Anruf 🛫 2026-11-25",
		]) {
			const rest = tasksEmojiDates(withoutPlannedDates(text));
			expect([rest.due, rest.scheduled, rest.start], text).toEqual([null, null, null]);
		}
	});
});
