import type { DateExtractor } from "../dates/extract";
import { messages } from "../i18n";
import type { Lang } from "../i18n/lang";
import type { ReasonCode } from "../model/activity";
import type { IsoDay } from "../model/day";
import { judge, toVaguenessInput, VAGUENESS_RULES } from "./rules";

/** A line being written (add activity) or rewritten (Konkretisieren), and what it is judged against. */
export interface PreviewRequest {
	text: string;
	/** The day relative dates count from, and after which suggestions propose a working day: today. */
	reference: IsoDay;
	/** The customer's people, decision makers first (`dossierPeople`). */
	people: readonly string[];
	extraPhrases: readonly string[];
	/** A date given beside the text (a date field): it wins over one read from the text. */
	date?: IsoDay | null;
}

export interface Preview {
	date: IsoDay | null;
	vague: boolean;
	reasons: ReasonCode[];
	/** The verdict in words: vague with the suggestion, concrete but with a hint's advice, or concrete. */
	message: string;
}

/**
 * The live verdict both editing windows show: the date the text resolves to, the rules' reasons, and
 * one message. Hints are said too, so a line without a person is never called "date, person and
 * action named". The text is what will be written: its date is saved with it, so it never floats.
 */
export function previewActivity(request: PreviewRequest, dates: DateExtractor, lang: Lang): Preview {
	const text = request.text.trim();
	if (!text) return { date: null, vague: false, reasons: [], message: "" };
	const date = request.date ?? dates.extract(text, request.reference).date;
	const input = toVaguenessInput(text, { status: "open", date, people: request.people, extraPhrases: request.extraPhrases, today: request.reference });
	const verdict = judge(input, lang);
	const t = messages(lang);
	const names = verdict.reasons.map((r) => t.reasons[r]).join(", ");
	let message = t.preview.concrete;
	if (verdict.vague) message = t.preview.vague(names, verdict.suggestion ?? "");
	else if (verdict.reasons.length > 0) {
		const advice = VAGUENESS_RULES.filter((rule) => verdict.reasons.includes(rule.code)).map((rule) => rule.check(input, lang) ?? "");
		message = t.preview.hinted(names, advice.join(" "));
	}
	return { date, vague: verdict.vague, reasons: verdict.reasons, message };
}
