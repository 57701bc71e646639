/**
 * Days a customer may stay in one phase before the overview calls it stuck, per phase model.
 * Relationships deepen over seasons; a sale's steps should move within weeks.
 */
export const DEFAULT_STUCK_DAYS: Readonly<Record<string, number>> = Object.freeze({
	kundenherz: 365,
	beziehung: 180,
	lebenszyklus: 365,
	verkaufsprozess: 30,
	"verkaufsprozess-kurz": 30,
});

/** For a user's own model, which has no default of its own. */
export const FALLBACK_STUCK_DAYS = 90;

export const MAX_STUCK_DAYS = 3650;

/** The threshold that applies to a model: the user's, else the built-in default. */
export function stuckDaysFor(model: string, custom: Readonly<Record<string, number>>): number {
	return custom[model] ?? DEFAULT_STUCK_DAYS[model] ?? FALLBACK_STUCK_DAYS;
}

/** Reads stored thresholds defensively: only whole days from 1 to `MAX_STUCK_DAYS` survive. */
export function readStuckDays(raw: unknown): Record<string, number> {
	if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
	const out: Record<string, number> = {};
	for (const [model, days] of Object.entries(raw as Record<string, unknown>)) {
		if (typeof days === "number" && Number.isInteger(days) && days >= 1 && days <= MAX_STUCK_DAYS) out[model] = days;
	}
	return out;
}
