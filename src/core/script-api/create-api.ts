import type { DateExtractor } from "../dates/extract";
import { isIsoDay } from "../dates/day";
import { dossierPeople } from "../dossier/people";
import { messages } from "../i18n";
import type { Lang } from "../i18n/lang";
import type { IndexResult } from "../index/index-result";
import type { IsoDay } from "../model/day";
import type { Settings } from "../settings/settings";
import { judge, toVaguenessInput } from "../vagueness/rules";
import { reviewForDay } from "./review-for-day";
import { API_VERSION, type KundendossierApi } from "./script-api";

/** What the API reads, each time it is called: the current index, today, the settings that apply. */
export interface ApiSource {
	index(): IndexResult;
	today(): IsoDay;
	lang(): Lang;
	settings(): Pick<Settings, "birthdayDays" | "extraVaguePhrases">;
	/** Asked once, on the first call that reads dates: the natural-language parser is not built before a script needs it. */
	dates(): DateExtractor;
}

/** A deep copy, so a script that changes what it got cannot change the index. */
const copy = <T>(value: T): T => structuredClone(value);

function day(value: IsoDay | undefined, fallback: () => IsoDay, what: string): IsoDay {
	if (value === undefined) return fallback();
	if (!isIsoDay(value)) throw new TypeError(`Kundendossier API: ${what} must be a day as YYYY-MM-DD, got ${JSON.stringify(value)}`);
	return value;
}

/** The script API over a source; every call reads the source anew, so it follows the live index. */
export function createApi(source: ApiSource): KundendossierApi {
	let extractor: DateExtractor | null = null;
	const dates = () => (extractor ??= source.dates());
	const customerAt = (path: string) => {
		const wanted = String(path).endsWith(".md") ? String(path) : `${String(path)}.md`;
		return source.index().customers.find((c) => c.path === wanted) ?? null;
	};
	return {
		version: API_VERSION,
		index: () => copy(source.index()),
		customer(path) {
			const customer = customerAt(path);
			if (!customer) return null;
			return copy({ customer, activities: source.index().activities.filter((a) => a.customer === customer.path) });
		},
		review(date) {
			const settings = source.settings();
			return copy(
				reviewForDay(
					source.index(),
					day(date, () => source.today(), "review(date)"),
					settings.birthdayDays,
					messages(source.lang()),
				),
			);
		},
		parseDate: (text, reference) =>
			copy(
				dates().extract(
					String(text),
					day(reference, () => source.today(), "parseDate(text, reference)"),
				),
			),
		judge(text, customer) {
			const today = source.today();
			const record = customer === undefined ? null : customerAt(customer);
			const people = record ? dossierPeople(record.dossier) : [];
			const date = dates().extract(String(text), today).date;
			const input = toVaguenessInput(String(text).trim(), { status: "open", date, people, extraPhrases: source.settings().extraVaguePhrases, today });
			return { ...judge(input, source.lang()), date };
		},
	};
}
