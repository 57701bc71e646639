import { describe, expect, it } from "vitest";
import { readAmount } from "../../../src/core/dossier/values";

describe("readAmount: amounts as salespeople write them", () => {
	it.each([
		["480000", 480000],
		["480.000", 480000],
		["480.000 €", 480000],
		["480.000,- €", 480000],
		["€ 480.000,50", 480000.5],
		["1.250.000,50 EUR", 1250000.5],
		["1,2 Mio", 1200000],
		["1,2 Mio. €", 1200000],
		["2 Millionen Euro", 2000000],
		["0,5 Mrd", 500000000],
		["480 T€", 480000],
		["480 TEUR", 480000],
		["480 Tsd. €", 480000],
		["480k", 480000],
		["1,5k", 1500],
		["120,000", 120000],
		["1,250,000.50", 1250000.5],
		["120,000.00 EUR", 120000],
		["480 000 €", 480000],
		["ca. 300.000 €", 300000],
		["1.5 Mio", 1500000],
		["1,250 Mio", 1250000],
		["99,90 €", 99.9],
		["0", 0],
	])("%s → %d", (written, amount) => {
		expect(readAmount(written)).toBe(amount);
	});

	// `1,250` is 1,25 to a German and 1 250 to an English reader: neither is guessed.
	it.each(["1,250", "viel", "-5000", "480.00.0", "1.2.3", "TBD", "480 € p.a. geschätzt", "k.A."])("%s is no amount", (written) => {
		expect(readAmount(written)).toBeNull();
	});

	it("takes a YAML number when no written text is at hand", () => {
		expect(readAmount(480000)).toBe(480000);
		expect(readAmount(-1)).toBeNull();
	});
});
