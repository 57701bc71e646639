import type { Contact, Dossier } from "./dossier";
import { fieldValue, slugKeys, type Field } from "./keys";
import { readAmount, readDay, readDays, readText, readTextList } from "./values";

/** Turns frontmatter data into a dossier; unknown keys are ignored, odd values read as null. */
export function readDossier(data: Record<string, unknown>): Dossier {
	const bySlug = slugKeys(data);
	const get = (field: Field) => fieldValue(bySlug, field);
	return {
		name: readText(get("name")),
		status: readText(get("status")),
		abc: get("abc"),
		phase: readText(get("phase")),
		phases: get("phases"),
		phaseModel: readText(get("phaseModel")),
		strategy: readText(get("strategy")),
		decisionMakers: readTextList(get("decisionMakers")),
		supporters: readTextList(get("supporters")),
		contacts: readContacts(get("contacts")),
		needs: readText(get("needs")),
		motives: readTextList(get("motives")),
		relationship: readText(get("relationship")),
		obstacles: readText(get("obstacles")),
		revenue: readAmount(get("revenue")),
		potential: readAmount(get("potential")),
		contactInterval: readDays(get("contactInterval")),
		created: readDay(get("created")),
	};
}

const CONTACT_KEYS: Record<keyof Contact, string[]> = {
	name: ["name"],
	role: ["rolle", "role", "funktion", "position"],
	birthday: ["geburtstag", "birthday", "geboren", "born"],
	phone: ["telefon", "phone", "tel", "mobil", "mobile"],
	email: ["mail", "email", "e-mail"],
};

function readContacts(value: unknown): Contact[] {
	if (value === null || value === undefined) return [];
	const list = Array.isArray(value) ? value : [value];
	return list.flatMap((entry): Contact[] => {
		if (typeof entry === "string" && entry.trim()) return [{ name: entry.trim(), role: null, birthday: null, phone: null, email: null }];
		if (!entry || typeof entry !== "object") return [];
		const map = Object.fromEntries(Object.entries(entry as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
		const pick = (key: keyof Contact) => CONTACT_KEYS[key].map((k) => map[k]).find((v) => v !== undefined && v !== null);
		const name = readText(pick("name"));
		if (!name) return [];
		return [{ name, role: readText(pick("role")), birthday: readBirthday(pick("birthday")), phone: readText(pick("phone")), email: readText(pick("email")) }];
	});
}

/** A birthday with or without year: `1971-11-25`, `25.11.1971`, `25.11.`, `--11-25`. */
function readBirthday(value: unknown): string | null {
	const full = readDay(value);
	if (full) return full;
	if (typeof value !== "string") return null;
	const m = /^\s*(?:--(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.?)\s*$/.exec(value);
	if (!m) return null;
	const [month, day] = m[1] ? [Number(m[1]), Number(m[2])] : [Number(m[4]), Number(m[3])];
	if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	return `--${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
