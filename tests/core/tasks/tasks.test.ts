import { describe, expect, it } from "vitest";
import { parseBlockOptions } from "../../../src/core/tasks/block-options";
import { filterTasks, sortTasks } from "../../../src/core/tasks/filters";
import { groupTasks } from "../../../src/core/tasks/groups";
import { customer, index, TODAY } from "../index/build";

const vault = {
	"Kunden/A.md": customer(
		"abc: A\nphasenmodell: beziehung\nphase: Machtkampf",
		[
			"- [ ] Frau Gerens anrufen 📅 2026-11-20",
			"- [ ] Herrn Kaiser das Angebot erklären 📅 2026-11-23",
			"- [ ] Um Rückruf bitten",
			"- [x] Frau Gerens besucht ✅ 2026-11-19",
		].join("\n"),
	),
	"Kunden/C.md": customer(
		"abc: C",
		["- [ ] Herrn Meier die Demo zeigen 📅 2026-11-27", "- [ ] Herrn Meier das Konzept zeigen 📅 2027-01-10", "- [-] Messe abgesagt"].join("\n"),
	),
};
const result = index(vault);
const customers = new Map(result.customers.map((c) => [c.path, c]));
const texts = (list: { text: string }[]) => list.map((a) => a.text.replace(/ (📅|✅).*$/, ""));

describe("task groups", () => {
	it("keeps a period due from its first day until its last, overdue only after", () => {
		const week = index({
			"Kunden/W.md": customer("abc: B", "- [ ] In KW 48 Frau Gerens die Schulung anbieten\n- [ ] In KW 47 Herrn Kaiser das Konzept zeigen"),
		});
		expect(groupTasks(week.activities, TODAY).map((g) => [g.key, texts(g.items)])).toEqual([
			["overdue", ["In KW 47 Herrn Kaiser das Konzept zeigen"]],
			["today", ["In KW 48 Frau Gerens die Schulung anbieten"]],
		]);
	});

	it("sorts activities into Überfällig, Heute, Nächste 7 Tage, Später, Ohne Datum, Erledigt", () => {
		expect(groupTasks(result.activities, TODAY).map((g) => [g.key, texts(g.items)])).toEqual([
			["overdue", ["Frau Gerens anrufen"]],
			["today", ["Herrn Kaiser das Angebot erklären"]],
			["next7", ["Herrn Meier die Demo zeigen"]],
			["later", ["Herrn Meier das Konzept zeigen"]],
			["undated", ["Um Rückruf bitten"]],
			["done", ["Frau Gerens besucht", "Messe abgesagt"]],
		]);
	});
});

describe("task filters and sorting", () => {
	const open = (filter: Parameters<typeof filterTasks>[2]) => texts(filterTasks(result.activities, customers, { status: "open", ...filter }));
	it("filters by vagueness, class, phase, customer, text and due date", () => {
		expect(open({ vagueOnly: true })).toEqual(["Um Rückruf bitten"]);
		expect(open({ abc: "C" })).toEqual(["Herrn Meier die Demo zeigen", "Herrn Meier das Konzept zeigen"]);
		expect(open({ phaseModel: "beziehung", phase: "Machtkampf" })).toHaveLength(3);
		expect(open({ customer: "Kunden/C.md", text: "DEMO" })).toEqual(["Herrn Meier die Demo zeigen"]);
		expect(open({ text: "rueckruf" })).toEqual(["Um Rückruf bitten"]);
		expect(open({ until: "2026-11-27" })).toHaveLength(3);
	});

	it("sorts by date (undated last) or by priority, A first", () => {
		const openOnes = filterTasks(result.activities, customers, { status: "open" });
		expect(texts(sortTasks(openOnes, customers, "date"))).toEqual([
			"Frau Gerens anrufen",
			"Herrn Kaiser das Angebot erklären",
			"Herrn Meier die Demo zeigen",
			"Herrn Meier das Konzept zeigen",
			"Um Rückruf bitten",
		]);
		expect(texts(sortTasks(openOnes, customers, "priority")).slice(0, 3)).toEqual([
			"Frau Gerens anrufen",
			"Herrn Kaiser das Angebot erklären",
			"Um Rückruf bitten",
		]);
	});
});

describe("task priority of a class lifted by potential", () => {
	// Corell's 600 000 is the smallest A revenue; Berg's potential reaches it, so Berg (C) counts as A.
	const lifted = index({
		"Kunden/Anders.md": customer("abc: B\numsatz: 50.000", "- [ ] Frau Anders das Angebot zeigen 📅 2026-11-25"),
		"Kunden/Berg.md": customer("abc: C\numsatz: 10.000\npotenzial: 700.000", "- [ ] Herrn Berg das Angebot zeigen 📅 2026-11-25"),
		"Kunden/Corell.md": customer("umsatz: 600.000", "- [ ] Frau Corell das Angebot zeigen 📅 2026-11-25"),
	});
	const byPath = new Map(lifted.customers.map((c) => [c.path, c]));

	it("sorts the lifted C customer's task with the A tasks, before the B customer's", () => {
		expect(lifted.customers.map((c) => [c.name, c.abc ?? c.abcComputed, c.abcEffective])).toEqual([
			["Anders", "B", "B"],
			["Berg", "C", "A"],
			["Corell", "A", "A"],
		]);
		const order = ["Herrn Berg das Angebot zeigen", "Frau Corell das Angebot zeigen", "Frau Anders das Angebot zeigen"];
		expect(texts(sortTasks(lifted.activities, byPath, "priority"))).toEqual(order);
		expect(texts(sortTasks(lifted.activities, byPath, "date"))).toEqual(order);
		expect(texts(filterTasks(lifted.activities, byPath, { abc: "A" }))).toEqual(order.slice(0, 2));
	});
});

describe("kundenaufgaben block options", () => {
	it("reads German and English keys", () => {
		const o = parseBlockOptions("filter: vage\nkunde: [[Müller GmbH|Müller]]\nabc: a\nbis: +7d\nsortierung: Priorität\nanzahl: 10", TODAY);
		expect(o).toEqual({
			filter: { status: "open", vagueOnly: true, abc: "A", until: "2026-11-30" },
			customerLink: "Müller GmbH",
			sort: "priority",
			limit: 10,
			errors: [],
		});
		expect(parseBlockOptions("until: 2026-12-24\nstatus: all", TODAY).filter).toEqual({ status: null, until: "2026-12-24" });
	});

	it("reports what it does not understand", () => {
		expect(parseBlockOptions("abc: D\nfarbe: rot\nbis: bald", TODAY).errors).toEqual(["abc: D", "farbe: rot", "bis: bald"]);
	});
});
