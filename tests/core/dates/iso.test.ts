import { describe, expect, it } from "vitest";
import { isoParser } from "../../../src/core/dates/iso";

const REF = "2026-11-23";
const find = (text: string) => isoParser.find(text, REF).map((f) => [f.date, f.index]);

describe("isoParser", () => {
	it("reads ISO days, also inside links", () => {
		expect(find("Angebot 2026-12-01 schicken")).toEqual([["2026-12-01", 8]]);
		expect(find("[[2026-11-25]] Call with purchasing")).toEqual([["2026-11-25", 2]]);
		expect(isoParser.find("2026-12-01", REF)[0]).toMatchObject({ yearWritten: true, relative: false });
	});

	it("reads no impossible day and no longer digit run", () => {
		expect(find("2026-02-31 Meeting")).toEqual([]);
		expect(find("Auftrag 12026-11-23 angelegt")).toEqual([]);
		expect(find("Ticket 2026-11-234")).toEqual([]);
	});
});
