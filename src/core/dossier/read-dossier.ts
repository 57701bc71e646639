import { isValidDay } from "../dates/day";
import { rawScalar } from "../frontmatter/raw-scalar";
import { slug } from "../text/fold";
import type { Contact, Dossier, DossierFlaw } from "./dossier";
import { FIELD_KEYS, fieldValue, slugKeys, type Field } from "./keys";
import { readAmount, readDay, readDays, readText, readTextList } from "./values";

/**
 * Turns frontmatter data into a dossier; unknown keys are ignored, odd values read as null and, when
 * set but unreadable, noted as flaws. `written` are the YAML frontmatter's lines: amounts are read
 * from what was written there, since YAML reads `480.000` as 480.
 */
export function readDossier(data: Record<string, unknown>, written: readonly string[] | null = null): Dossier {
	const bySlug = slugKeys(data);
	const get = (field: Field) => fieldValue(bySlug, field);
	const flaws: DossierFlaw[] = [];
	const flaw = (code: DossierFlaw["code"], field: Field, value: unknown) => {
		if (isSet(value)) flaws.push({ code, key: writtenKey(data, field), value: shown(value), contact: null });
	};
	const amount = (field: "revenue" | "potential"): number | null => {
		const parsed = get(field);
		// Only a number lost its writing: a string is the text as written already.
		const value = typeof parsed === "number" && written ? (rawScalar(written, FIELD_KEYS[field]) ?? parsed) : parsed;
		const n = readAmount(value);
		if (n === null) flaw("amount-unreadable", field, value);
		return n;
	};
	const revenue = amount("revenue");
	const potential = amount("potential");
	const contactInterval = readDays(get("contactInterval"));
	if (contactInterval === null) flaw("invalid-value", "contactInterval", get("contactInterval"));
	const contacts = readContacts(get("contacts"), flaws);
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
		contacts,
		needs: readText(get("needs")),
		motives: readTextList(get("motives")),
		relationship: readText(get("relationship")),
		obstacles: readText(get("obstacles")),
		revenue,
		potential,
		contactInterval,
		created: readDay(get("created")),
		flaws,
	};
}

/** Set means written with something in it: `umsatz:` alone and `umsatz: ""` are not set. */
function isSet(value: unknown): boolean {
	return value !== null && value !== undefined && !(typeof value === "string" && value.trim() === "");
}

function shown(value: unknown): string {
	if (typeof value === "string") return value.trim();
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	return JSON.stringify(value) ?? "";
}

/** The key as the note spells it (`Umsatz`, `revenue`), for messages. */
function writtenKey(data: Record<string, unknown>, field: Field): string {
	for (const key of FIELD_KEYS[field]) {
		const found = Object.keys(data).find((k) => slug(k) === slug(key));
		if (found !== undefined) return found;
	}
	return FIELD_KEYS[field][0];
}

const CONTACT_KEYS: Record<keyof Contact, string[]> = {
	name: ["name"],
	role: ["rolle", "role", "funktion", "position"],
	birthday: ["geburtstag", "birthday", "geboren", "born"],
	phone: ["telefon", "phone", "tel", "mobil", "mobile"],
	email: ["mail", "email", "e-mail"],
};

function readContacts(value: unknown, flaws: DossierFlaw[]): Contact[] {
	if (value === null || value === undefined) return [];
	const list = Array.isArray(value) ? value : [value];
	return list.flatMap((entry): Contact[] => {
		if (typeof entry === "string" && entry.trim()) return [{ name: entry.trim(), role: null, birthday: null, phone: null, email: null }];
		if (!entry || typeof entry !== "object") return [];
		const map = Object.fromEntries(Object.entries(entry as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
		const pick = (key: keyof Contact) => CONTACT_KEYS[key].map((k) => map[k]).find((v) => v !== undefined && v !== null);
		const name = readText(pick("name"));
		if (!name) return [];
		const written = pick("birthday");
		const birthday = readBirthday(written);
		if (birthday === null && isSet(written)) {
			const key = Object.keys(entry as Record<string, unknown>).find((k) => CONTACT_KEYS.birthday.includes(k.toLowerCase())) ?? "geburtstag";
			flaws.push({ code: "invalid-value", key, value: shown(written), contact: name });
		}
		return [{ name, role: readText(pick("role")), birthday, phone: readText(pick("phone")), email: readText(pick("email")) }];
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
	// A day that no year has (30.02., 31.04.) is no birthday; 29.02. is one.
	if (!isValidDay(2000, month, day)) return null;
	return `--${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
