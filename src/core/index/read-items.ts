import type { LineDates } from "../dates/extract";
import { findLinks } from "../markdown/links";
import { ListNesting } from "../markdown/list-nesting";
import type { ScannedNote } from "../markdown/scan";
import type { IsoDay } from "../model/day";
import type { IndexContext } from "./context";
import type { ParsedHeading, ParsedItem } from "./note";

export interface ReadOptions {
	/** Every item may belong to a customer (customer and person notes, notes with a `kunde` property). */
	ownsAll: boolean;
	/** The daily note's date, else the note's date property: what anchors relative dates below undated headings. */
	anchor: IsoDay | null;
	ctx: IndexContext;
	earlier: ReadonlyMap<string, LineDates>;
}

/**
 * The headings and the items that may belong to a customer, with their dates read. Elsewhere only
 * items that link a note, stand below one that does or under a heading that does are kept: the
 * others can belong to no one. The reference date is carried along the scan, never searched for.
 */
export function readItems(scanned: ScannedNote, { ownsAll, anchor, ctx, earlier }: ReadOptions): { headings: ParsedHeading[]; items: ParsedItem[] } {
	const headings: ParsedHeading[] = [];
	// Whether a heading or a section around it links a note; sections nest by level as items by indent.
	const linked: boolean[] = [];
	const sections = new ListNesting();
	// Index loops: a cold index runs these for every heading and item of the vault, before the engine optimises an iterator away.
	for (let i = 0; i < scanned.headings.length; i++) {
		const h = scanned.headings[i] as ScannedNote["headings"][number];
		const links = findLinks(h.text);
		const parent = sections.place(h.level, i);
		headings.push({ parent, links });
		linked.push(links.length > 0 || (parent >= 0 && (linked[parent] ?? false)));
	}
	const dated = headingDates(scanned.headings, ctx);

	const items: ParsedItem[] = [];
	// For each scanned item: its index among the kept ones (-1 when dropped), and whether it or an item above links.
	const kept: number[] = [];
	const linksAbove: boolean[] = [];
	for (let i = 0; i < scanned.items.length; i++) {
		const item = scanned.items[i] as ScannedNote["items"][number];
		const links = findLinks(item.text);
		linksAbove.push(links.length > 0 || (item.parent >= 0 && (linksAbove[item.parent] ?? false)));
		if (!ownsAll && !linksAbove[i] && !(item.heading >= 0 && linked[item.heading])) {
			kept.push(-1);
			continue;
		}
		const headingDay = item.heading >= 0 ? dated(item.heading) : null;
		const anchored = headingDay ?? anchor;
		const reference = anchored ?? ctx.today;
		// The key holds the whole line: built only when there are earlier dates to look up (never in a cold index).
		const own =
			(earlier.size > 0 ? earlier.get(datesKey(reference, item.checkbox, item.text)) : undefined) ??
			ctx.dates.extract(item.text, reference, { openTask: item.checkbox === " " });
		kept.push(items.length);
		items.push({
			line: item.index + 1,
			raw: item.raw,
			twins: 1,
			text: item.text,
			checkbox: item.checkbox,
			parent: nearestKept(scanned.items, kept, item.parent),
			heading: item.heading,
			links,
			ownDate: own.date,
			ownDateEnd: own.dateEnd,
			relative: own.relative,
			floating: own.date !== null && own.relative && anchored === null,
			ownDoneDate: own.doneDate,
			reference,
			headingDate: headingDay,
		});
	}
	countTwins(items, scanned.items);
	return { headings, items };
}

/**
 * How often each kept item's line stands among all list items of the note. Only the kept lines are
 * counted, and a line of another length is never compared: most notes keep few of many items.
 */
function countTwins(kept: ParsedItem[], all: ScannedNote["items"]): void {
	if (kept.length === 0 || all.length < 2) return;
	const counts = new Map<string, number>();
	const lengths = new Set<number>();
	for (const item of kept) {
		counts.set(item.raw, 0);
		lengths.add(item.raw.length);
	}
	for (const item of all) {
		if (!lengths.has(item.raw.length)) continue;
		const n = counts.get(item.raw);
		if (n !== undefined) counts.set(item.raw, n + 1);
	}
	for (const item of kept) item.twins = counts.get(item.raw) ?? 1;
}

/** The nearest kept item among an item's ancestors: a dropped item links nothing, so skipping it loses nothing. */
function nearestKept(items: ScannedNote["items"], kept: readonly number[], parent: number): number {
	for (let p = parent; p >= 0; p = items[p]?.parent ?? -1) {
		const at = kept[p] ?? -1;
		if (at >= 0) return at;
	}
	return -1;
}

/** What a line's dates depend on: its reference, whether it is an open task, and its text. */
export function datesKey(reference: IsoDay, checkbox: string | null, text: string): string {
	return `${reference}\n${checkbox === " " ? "open" : ""}\n${text}`;
}

/**
 * The date in force at each heading: the last absolute date of it or a heading above. Read only when an
 * item below is kept, each heading at most once: the walk back stops at the first heading already read.
 */
function headingDates(list: ScannedNote["headings"], ctx: IndexContext): (at: number) => IsoDay | null {
	const own: Array<IsoDay | null | undefined> = [];
	const inForce: Array<IsoDay | null | undefined> = [];
	return (at) => {
		let from = at;
		while (from >= 0 && inForce[from] === undefined) {
			const text = list[from]?.text ?? "";
			own[from] ??= headingDate(text, ctx);
			if (own[from] !== null) break;
			from--;
		}
		let date: IsoDay | null = from < 0 ? null : (own[from] ?? inForce[from] ?? null);
		for (let h = Math.max(from, 0); h <= at; h++) {
			date = own[h] ?? date;
			inForce[h] = date;
		}
		return date;
	};
}

/** Headings set the reference only with an absolute date ("## 2026-11-02 Planung"), never "## Nächste Woche". */
function headingDate(text: string, ctx: IndexContext): IsoDay | null {
	const found = ctx.dates.firstDate(text, ctx.today);
	return found && !found.relative ? found.date : null;
}
