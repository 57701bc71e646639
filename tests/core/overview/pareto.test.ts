import { describe, expect, it } from "vitest";
import { pareto } from "../../../src/core/overview/pareto";

const c = (name: string, revenue: number | null) => ({ path: `Kunden/${name}.md`, name, dossier: { revenue } });

describe("Pareto curve of revenue", () => {
	it("reaches a cut exactly at the threshold despite float sums", () => {
		const curve = pareto([c("A", 0.35), c("B", 0.3), c("C", 0.2), c("D", 0.15)], [0.65, 0.85]);
		expect(curve.cuts.map((x) => x.count)).toEqual([2, 3]);
	});

	it("leaves out customers without revenue and breaks ties by path", () => {
		const curve = pareto([c("Zeta", 100), c("Alpha", 100), c("None", null), c("Zero", 0)], [0.65]);
		expect(curve.points.map((p) => p.name)).toEqual(["Alpha", "Zeta"]);
		expect(curve.cuts).toEqual([{ threshold: 0.65, count: 2, customerShare: 1 }]);
	});
});
