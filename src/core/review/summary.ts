import type { IndexResult } from "../index/index-result";
import type { Messages } from "../i18n/messages";
import { compare } from "../text/compare";
import { effectiveAbc } from "../customers/effective-abc";
import { phaseShown } from "./phase-shown";

/** A one-screen overview of the vault: customers by ABC and phase, activity and problem counts. */
export function renderSummary(index: IndexResult, t: Messages): string {
	const abc = new Map<string, number>();
	const phases = new Map<string, number>();
	for (const c of index.customers) {
		const cls = effectiveAbc(c) ?? t.summary.noClass;
		abc.set(cls, (abc.get(cls) ?? 0) + 1);
		const key = `${c.phaseModelName[t.lang]}: ${phaseShown(c, t)}`;
		phases.set(key, (phases.get(key) ?? 0) + 1);
	}
	const open = index.activities.filter((a) => a.status === "open");
	const problems = index.customers.reduce((n, c) => n + c.problems.length, 0);
	const list = (m: Map<string, number>) =>
		[...m]
			.sort(([a], [b]) => compare(a, b))
			.map(([k, n]) => `- ${k}: ${n}`)
			.join("\n");
	return (
		[
			`## ${t.summary.title}`,
			t.summary.customers(index.customers.length),
			`### ${t.summary.byAbc}\n\n${list(abc)}`,
			`### ${t.summary.byPhase}\n\n${list(phases)}`,
			t.summary.activities(open.length, open.filter((a) => a.vague).length, index.activities.filter((a) => a.status === "done").length),
			t.summary.problems(problems),
			...(index.errors.length ? [t.summary.unreadable(index.errors.length)] : []),
		].join("\n\n") + "\n"
	);
}
