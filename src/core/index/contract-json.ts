import type { IndexResult, NoteError } from "./index-result";

/**
 * The JSON of `index --json` (CONTRACT). Field names and meanings are a public interface; the
 * extra fields (`status`, `contactInterval`, the dossier's fields, `suggestion`) are additions the contract allows.
 */
export function toContractJson(index: IndexResult): unknown {
	return {
		today: index.today,
		customers: index.customers.map((c) => ({
			path: c.path,
			name: c.name,
			abc: c.abc,
			abcComputed: c.abcComputed,
			abcEffective: c.abcEffective,
			contactDue: c.contactDue,
			phaseModel: c.phaseModel,
			phase: c.phase,
			phaseHistory: c.phaseHistory.map((s) => ({ phase: s.phase, date: s.date })),
			lastContact: c.lastContact,
			nextActivity: c.nextActivity,
			problems: c.problems.map((p) => ({ code: p.code, message: p.message })),
			status: c.dossier.status,
			contactInterval: c.contactInterval,
			strategy: c.dossier.strategy,
			decisionMakers: c.dossier.decisionMakers,
			needs: c.dossier.needs,
			obstacles: c.dossier.obstacles,
			revenue: c.dossier.revenue,
			potential: c.dossier.potential,
			contacts: c.dossier.contacts.map((p) => ({ name: p.name, role: p.role, birthday: p.birthday, phone: p.phone, email: p.email })),
		})),
		activities: index.activities.map((a) => ({
			path: a.path,
			line: a.line,
			customer: a.customer,
			text: a.text,
			status: a.status,
			date: a.date,
			dateEnd: a.dateEnd,
			kind: a.kind,
			floating: a.floating,
			doneDate: a.doneDate,
			vague: a.vague,
			reasons: a.reasons,
			suggestion: a.suggestion,
		})),
		errors: contractErrors(index.errors),
	};
}

/** The CONTRACT's `errors`: path and message of each note or folder that could not be read. */
export function contractErrors(errors: readonly NoteError[]): Array<{ path: string; message: string }> {
	return errors.map((e) => ({ path: e.path, message: e.message }));
}
