import { describe, expect, it } from "vitest";
import { nextDay, parseRule } from "../../../src/core/edits/recurrence";
import { toggleTask } from "../../../src/core/edits/toggle-done";

// Monday.
const TODAY = "2026-11-23";

const nextLine = (line: string) => {
	const result = toggleTask(line, TODAY);
	return result.ok ? result.lines[0] : result.reason;
};

const next = (rule: string, from: string) => {
	const parsed = parseRule(rule);
	if (!parsed) throw new Error(`not understood: ${rule}`);
	return nextDay(parsed, from);
};

describe("recurrence rules", () => {
	it.each([
		["every day", "2026-11-23", "2026-11-24"],
		["every 3 days", "2026-11-30", "2026-12-03"],
		["every week", "2026-11-23", "2026-11-30"],
		["every 2 weeks", "2026-12-28", "2027-01-11"],
		["every month", "2026-11-23", "2026-12-23"],
		["every month", "2027-01-31", "2027-02-28"],
		["every month", "2028-01-31", "2028-02-29"],
		["every 3 months", "2026-11-30", "2027-02-28"],
		["every year", "2028-02-29", "2029-02-28"],
		["every 2 years", "2026-11-23", "2028-11-23"],
		["every weekday", "2026-11-23", "2026-11-24"],
		["every weekday", "2026-11-27", "2026-11-30"],
		["every weekday", "2026-11-28", "2026-11-30"],
		["every week on Monday", "2026-11-23", "2026-11-30"],
		["every week on Friday", "2026-11-23", "2026-11-27"],
		["every week on Tuesday, Thursday", "2026-11-26", "2026-12-01"],
		["every 2 weeks on Monday", "2026-11-25", "2026-12-07"],
		["Every Week", "2026-11-23", "2026-11-30"],
	])("%s after %s is %s", (rule, from, expected) => expect(next(rule, from)).toBe(expected));

	it.each([
		"every 2nd Tuesday",
		"every month on the last Friday",
		"every month on the 15th",
		"every 0 days",
		"every week on Funday",
		"every fortnight",
		"",
		"jeden Montag",
	])("does not claim to understand %j", (rule) => expect(parseRule(rule)).toBeNull());

	it("reads `when done` apart from the rule", () => expect(parseRule("every 2 weeks when done")).toEqual({ unit: "week", every: 2, days: [], whenDone: true }));
});

describe("ticking a recurring task", () => {
	it("puts the next occurrence above the done line", () => {
		expect(toggleTask("- [ ] Wochenbericht an Herrn Klein 🔁 every week 📅 2026-11-23", TODAY)).toEqual({
			ok: true,
			lines: ["- [ ] Wochenbericht an Herrn Klein 🔁 every week 📅 2026-11-30", "- [x] Wochenbericht an Herrn Klein 🔁 every week 📅 2026-11-23 ✅ 2026-11-23"],
		});
	});

	it("moves scheduled and start dates by the same interval as the due date", () => {
		const line = "- [ ] Quartalsbericht 🔁 every month 🛫 2027-01-20 ⏳ 2027-01-29 📅 2027-01-31";
		expect(toggleTask(line, TODAY)).toEqual({
			ok: true,
			lines: ["- [ ] Quartalsbericht 🔁 every month 🛫 2027-02-17 ⏳ 2027-02-26 📅 2027-02-28", `${line.replace("[ ]", "[x]")} ✅ 2026-11-23`],
		});
	});

	it("counts from the scheduled date, else the start date, when there is no due date", () => {
		expect(nextLine("- [ ] a 🔁 every day ⏳ 2026-11-20 🛫 2026-11-18")).toBe("- [ ] a 🔁 every day ⏳ 2026-11-21 🛫 2026-11-19");
		expect(nextLine("- [ ] a 🔁 every day 🛫 2026-11-18")).toBe("- [ ] a 🔁 every day 🛫 2026-11-19");
	});

	it("counts from the done day `when done`", () => {
		expect(nextLine("- [ ] Kaffee bestellen 🔁 every 2 weeks when done ⏳ 2026-11-08 📅 2026-11-10")).toBe(
			"- [ ] Kaffee bestellen 🔁 every 2 weeks when done ⏳ 2026-12-05 📅 2026-12-07",
		);
	});

	it("leaves done, cancelled and created dates and the block id to the done line", () => {
		const line = "> - [ ] a 🔁 every weekday ➕ 2026-11-01 📅 2026-11-27 ✅ 2026-11-02 ^wb-1";
		expect(toggleTask(line, TODAY)).toEqual({
			ok: true,
			lines: ["> - [ ] a 🔁 every weekday 📅 2026-11-30", "> - [x] a 🔁 every weekday ➕ 2026-11-01 📅 2026-11-27 ✅ 2026-11-23 ^wb-1"],
		});
	});

	it("keeps a series without dates as a task without dates", () => {
		expect(toggleTask("- [ ] Ablage 🔁 every week", TODAY)).toEqual({
			ok: true,
			lines: ["- [ ] Ablage 🔁 every week", "- [x] Ablage 🔁 every week ✅ 2026-11-23"],
		});
	});

	it.each(["- [ ] a 🔁 every 2nd Tuesday 📅 2026-11-24", "- [ ] a 🔁 every month on the last Friday 📅 2026-11-27", "- [ ] a 🔁 every week 📅 2026-02-31"])(
		"refuses %s instead of dropping the series",
		(line) => expect(toggleTask(line, TODAY)).toEqual({ ok: false, reason: "unknown-recurrence" }),
	);

	it("unticks a done recurring task without another occurrence", () => {
		expect(toggleTask("- [x] a 🔁 every week 📅 2026-11-23 ✅ 2026-11-23", TODAY)).toEqual({ ok: true, lines: ["- [ ] a 🔁 every week 📅 2026-11-23"] });
	});

	it("toggles other lines as before", () => {
		expect(toggleTask("- [ ] a 📅 2026-11-23", TODAY)).toEqual({ ok: true, lines: ["- [x] a 📅 2026-11-23 ✅ 2026-11-23"] });
		expect(toggleTask("- a 🔁 every week", TODAY)).toEqual({ ok: true, lines: ["- [x] a 🔁 every week ✅ 2026-11-23"] });
		expect(toggleTask("no item", TODAY)).toEqual({ ok: false, reason: "not-an-item" });
	});
});
