import { readAmount } from "../dossier/values";
import type { GoalUnit } from "../model/goal";

/** A target as written, read by its unit; null when it is no such number. Never negative. */
export function readTarget(value: unknown, unit: GoalUnit): number | null {
	switch (unit) {
		case "amount":
			return readAmount(value);
		case "count": {
			const n = readDecimal(value);
			return n !== null && Number.isInteger(n) ? n : null;
		}
		case "percent":
			return readDecimal(typeof value === "string" ? value.replace(/^\s*\+/, "").replace(/\s*(?:%|prozent|percent)\s*$/i, "") : value);
		case "rate":
			return readDecimal(value);
	}
}

/** `5`, `2,5`, `2.5`: a plain number with a decimal comma or point. */
function readDecimal(value: unknown): number | null {
	if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
	if (typeof value !== "string") return null;
	const m = /^\s*(\d+)(?:[.,](\d+))?\s*$/.exec(value);
	return m ? Number(`${m[1]}.${m[2] ?? "0"}`) : null;
}
