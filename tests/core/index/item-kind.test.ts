import { describe, expect, it } from "vitest";
import { itemKind, type ItemFacts } from "../../../src/core/index/item-kind";

const TODAY = "2026-11-25";
const facts = (over: Partial<ItemFacts>): ItemFacts => ({
	checkbox: null,
	ownDate: null,
	ownDateEnd: null,
	floating: false,
	headingDate: null,
	dailyDate: null,
	propertyDate: null,
	vaguePhrase: false,
	today: TODAY,
	...over,
});

describe("which items are activities, and of which kind", () => {
	it("a checkbox makes a task: open, done or cancelled, dated by itself or by its daily note", () => {
		expect(itemKind(facts({ checkbox: " ", ownDate: "2026-11-26" }))).toEqual({
			kind: "task",
			status: "open",
			date: "2026-11-26",
			dateEnd: null,
			floating: false,
		});
		expect(itemKind(facts({ checkbox: "x", dailyDate: "2026-11-23" }))).toMatchObject({ kind: "task", status: "done", date: "2026-11-23" });
		expect(itemKind(facts({ checkbox: "X" }))).toMatchObject({ status: "done", date: null });
		expect(itemKind(facts({ checkbox: "-" }))).toMatchObject({ status: "cancelled" });
		expect(itemKind(facts({ checkbox: " " }))).toMatchObject({ kind: "task", status: "open", date: null });
	});

	it("a dated heading does not date a task: only its own date or the daily note do", () => {
		expect(itemKind(facts({ checkbox: " ", headingDate: "2026-11-02" }))).toMatchObject({ kind: "task", date: null });
	});

	it("`- 10:00 [[Müller GmbH]] Besuch, sehr positiv` in the daily note of 2026-11-23 is a contact that day", () => {
		expect(itemKind(facts({ dailyDate: "2026-11-23" }))).toEqual({ kind: "log", status: "done", date: "2026-11-23", dateEnd: null, floating: false });
	});

	it("a log dated ahead is an open appointment; on its day it already counts as the contact", () => {
		expect(itemKind(facts({ ownDate: "2026-12-02" }))).toMatchObject({ kind: "log", status: "open", date: "2026-12-02" });
		expect(itemKind(facts({ ownDate: TODAY }))).toMatchObject({ kind: "log", status: "done", date: TODAY });
	});

	it("a log takes its own date, else the dated heading, else the daily note, else the note's date property", () => {
		expect(itemKind(facts({ ownDate: "2026-11-20", headingDate: "2026-11-02", dailyDate: "2026-11-01" }))?.date).toBe("2026-11-20");
		expect(itemKind(facts({ headingDate: "2026-11-02", dailyDate: "2026-11-01", propertyDate: "2026-10-01" }))?.date).toBe("2026-11-02");
		expect(itemKind(facts({ dailyDate: "2026-11-01", propertyDate: "2026-10-01" }))?.date).toBe("2026-11-01");
		expect(itemKind(facts({ propertyDate: "2026-10-01" }))).toMatchObject({ kind: "log", status: "done", date: "2026-10-01" });
	});

	it("a period keeps its last day on the item, not on a date taken from elsewhere", () => {
		expect(itemKind(facts({ ownDate: "2026-11-30", ownDateEnd: "2026-12-06" }))).toMatchObject({
			kind: "log",
			status: "open",
			date: "2026-11-30",
			dateEnd: "2026-12-06",
		});
		expect(itemKind(facts({ checkbox: " ", ownDate: "2026-11-30", ownDateEnd: "2026-12-06" }))?.dateEnd).toBe("2026-12-06");
	});

	it("a plain bullet whose only date floats is an open task (vague), never a log", () => {
		expect(itemKind(facts({ ownDate: "2026-11-26", floating: true }))).toEqual({
			kind: "task",
			status: "open",
			date: "2026-11-26",
			dateEnd: null,
			floating: true,
		});
		expect(itemKind(facts({ checkbox: " ", ownDate: "2026-11-26", floating: true }))?.floating).toBe(true);
	});

	it("a plain undated bullet is no activity, unless it names a pseudo-activity in a customer note", () => {
		expect(itemKind(facts({}))).toBeNull();
		expect(itemKind(facts({ vaguePhrase: true }))).toEqual({ kind: "task", status: "open", date: null, dateEnd: null, floating: false });
	});
});
