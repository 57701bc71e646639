import { describe, expect, it } from "vitest";
import { csvField, csvTable } from "../../../src/core/export/csv-table";
import { toCsv } from "../../../src/core/export/to-csv";
import { customer, index } from "../index/build";

/** A minimal RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF row ends. */
function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = "";
	let quoted = false;
	const end = () => {
		row.push(field);
		field = "";
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (c === '"') {
			quoted = !quoted;
		} else if (!quoted && c === ",") {
			end();
		} else if (!quoted && c === "\r" && text[i + 1] === "\n") {
			end();
			rows.push(row);
			row = [];
			i++;
		} else {
			field += c;
		}
	}
	return rows;
}

describe("CSV fields (RFC 4180)", () => {
	it("quotes fields with a quote, a comma or a line break, doubling the quotes", () => {
		expect(csvField('Sagt "ja"')).toBe('"Sagt ""ja"""');
		expect(csvField("Werk 2, Süd")).toBe('"Werk 2, Süd"');
		expect(csvField("Zeile 1\r\nZeile 2")).toBe('"Zeile 1\nZeile 2"');
		expect(csvField("schlicht; mit Semikolon")).toBe("schlicht; mit Semikolon");
		expect(csvField(null)).toBe("");
		expect(csvField(480000)).toBe("480000");
	});

	it.each([
		['=HYPERLINK("http://x","klick")', '"\'=HYPERLINK(""http://x"",""klick"")"'],
		["+49 911 123", "'+49 911 123"],
		["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
		["@SUM(A1:A9)", "'@SUM(A1:A9)"],
		["\t=1+1", "'\t=1+1"],
		["\r=1+1", '"\'\n=1+1"'],
		["\u001b=1+1", "'=1+1"],
	])("defuses a formula start: %j", (value, written) => {
		expect(csvField(value)).toBe(written);
	});

	it("leaves ordinary text and dates alone", () => {
		expect(csvField("2026-11-23")).toBe("2026-11-23");
		expect(csvField("Müller Maschinenbau")).toBe("Müller Maschinenbau");
		expect(csvField("E-Mail schicken")).toBe("E-Mail schicken");
	});

	it("starts with a UTF-8 BOM and ends every row with CRLF", () => {
		expect(
			csvTable([
				["a", "b"],
				["c", null],
			]),
		).toBe("\uFEFFa,b\r\nc,\r\n");
	});
});

describe("toCsv", () => {
	const notes = {
		"Kunden/Müller.md": customer(
			[
				"firma: 'Müller Maschinenbau, Werk \"Süd\"'",
				"status: Kunde",
				"abc: B",
				"umsatz: 480.000 €",
				"potenzial: 1,2 Mio",
				"phasenmodell: kundenherz",
				"phase: Vertrauen",
				"strategie: |-",
				"  Zweitlieferant werden",
				"  dann Rahmenvertrag",
				"entscheider: [Dr. Weber, Herr Kaiser]",
				"bedarf: Wartung",
				"hindernisse: =cmd|' /C calc'!A0",
				"ansprechpartner:",
				"  - name: Anna Gerens",
				"    rolle: Einkauf",
				"    telefon: 0911 123",
				"  - name: Bernd Ohne",
			].join("\n"),
			"- [x] Besuch ✅ 2026-11-20\n- [ ] Frau Gerens anrufen 📅 2026-11-30\n",
		),
		"Kunden/Leer.md": "# ohne Frontmatter\n",
	};
	const text = toCsv(index(notes));
	const rows = readCsv(text.slice(1));

	it("has a header and one row per customer, each as long as the header", () => {
		expect(
			text.startsWith(
				"\uFEFFpath,name,status,abc,abcComputed,abcEffective,phaseModel,phase,revenue,potential,lastContact,contactDue,nextActivityDate,nextActivityText,strategy,decisionMakers,needs,obstacles,contacts\r\n",
			),
		).toBe(true);
		expect(rows.map((r) => r[0])).toEqual(["path", "Kunden/Leer.md", "Kunden/Müller.md"]);
		for (const row of rows) expect(row).toHaveLength(19);
	});

	it("carries the dossier's fields, classes, phase, last contact and next activity", () => {
		const header = rows[0] as string[];
		const müller = Object.fromEntries(header.map((h, i) => [h, rows[2]?.[i]]));
		expect(müller).toEqual({
			path: "Kunden/Müller.md",
			name: 'Müller Maschinenbau, Werk "Süd"',
			status: "Kunde",
			abc: "B",
			abcComputed: "A",
			abcEffective: "A",
			phaseModel: "kundenherz",
			phase: "Vertrauen",
			revenue: "480000",
			potential: "1200000",
			lastContact: "2026-11-20",
			contactDue: "2026-12-04",
			nextActivityDate: "2026-11-30",
			nextActivityText: "Frau Gerens anrufen",
			strategy: "Zweitlieferant werden\ndann Rahmenvertrag",
			decisionMakers: "Dr. Weber; Herr Kaiser",
			needs: "Wartung",
			obstacles: "'=cmd|' /C calc'!A0",
			contacts: "Anna Gerens (Einkauf, 0911 123); Bernd Ohne",
		});
		expect(rows[1]?.slice(2).every((v) => v === "" || v === "kundenherz")).toBe(true);
	});
});
