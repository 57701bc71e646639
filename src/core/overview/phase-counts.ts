import type { CustomerRecord } from "../customers/customer-record";
import type { PhaseModel } from "../phases/model";

export interface PhaseCount {
	phase: string;
	count: number;
}

/** How many customers stand in each phase of one model; `withoutPhase` counts those with none known. */
export interface ModelCounts {
	id: string;
	name: { de: string; en: string };
	phases: PhaseCount[];
	withoutPhase: number;
	total: number;
}

type PhaseFields = Pick<CustomerRecord, "phaseModel" | "phaseModelName" | "phaseNames" | "phaseIndex">;

/**
 * Customers per phase for every model that at least one customer uses, in the order of `models`
 * (the catalog's). A model no longer in the catalog still shows, with the phases its customers carry.
 */
export function phaseCounts(customers: readonly PhaseFields[], models: readonly PhaseModel[]): ModelCounts[] {
	const byModel = new Map<string, PhaseFields[]>();
	for (const c of customers) byModel.set(c.phaseModel, [...(byModel.get(c.phaseModel) ?? []), c]);
	const known = models.filter((m) => byModel.has(m.id)).map((m) => ({ id: m.id, name: m.name, names: m.phases.map((p) => p.name) }));
	for (const [id, list] of byModel) {
		const first = list[0] as PhaseFields;
		if (!known.some((m) => m.id === id)) known.push({ id, name: first.phaseModelName, names: first.phaseNames });
	}
	return known.map(({ id, name, names }) => {
		const list = byModel.get(id) ?? [];
		const counts = names.map((phase) => ({ phase, count: 0 }));
		let withoutPhase = 0;
		for (const c of list) {
			const slot = c.phaseIndex >= 0 ? counts[c.phaseIndex] : undefined;
			if (slot) slot.count++;
			else withoutPhase++;
		}
		return { id, name, phases: counts, withoutPhase, total: list.length };
	});
}
