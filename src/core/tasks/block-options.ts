import { addDays, isIsoDay } from "../dates/day";
import type { AbcClass } from "../model/customer";
import type { IsoDay } from "../model/day";
import type { TaskFilter, TaskSort } from "./filters";

export interface BlockOptions {
	filter: TaskFilter;
	/** A customer named by link; resolved to a path by the caller, who knows the notes. */
	customerLink: string | null;
	sort: TaskSort;
	limit: number;
	errors: string[];
}

/**
 * Options of a `kundenaufgaben` block, one per line: `filter: vage`, `kunde: [[Müller]]`, `abc: A`,
 * `bis: +7d` (or a date), `status: offen`, `sortierung: priorität`, `anzahl: 20`; English keys too.
 * Unknown lines are reported, never guessed.
 */
export function parseBlockOptions(source: string, today: IsoDay): BlockOptions {
	const options: BlockOptions = { filter: { status: "open" }, customerLink: null, sort: "date", limit: 50, errors: [] };
	for (const raw of source.split(/\r?\n/)) {
		const line = raw.trim();
		if (!line || line.startsWith("#")) continue;
		const m = /^([\p{L}]+)\s*:\s*(.*)$/u.exec(line);
		const key = m?.[1]?.toLowerCase() ?? "";
		const value = (m?.[2] ?? "").trim();
		if (!m || !apply(options, key, value, today)) options.errors.push(line);
	}
	return options;
}

function apply(o: BlockOptions, key: string, value: string, today: IsoDay): boolean {
	const v = value.toLowerCase();
	switch (key) {
		case "filter":
			if (v !== "vage" && v !== "vague") return false;
			o.filter.vagueOnly = true;
			return true;
		case "kunde":
		case "customer":
			o.customerLink =
				value
					.replace(/^\[\[|\]\]$/g, "")
					.split("|")[0]
					?.trim() || null;
			return o.customerLink !== null;
		case "abc":
			if (!["a", "b", "c"].includes(v)) return false;
			o.filter.abc = v.toUpperCase() as AbcClass;
			return true;
		case "bis":
		case "until": {
			const rel = /^\+?(\d+)\s*([dtw])$/.exec(v);
			if (rel) o.filter.until = addDays(today, Number(rel[1]) * (rel[2] === "w" ? 7 : 1));
			else if (isIsoDay(value)) o.filter.until = value;
			else return false;
			return true;
		}
		case "status": {
			const status = { offen: "open", open: "open", erledigt: "done", done: "done", alle: null, all: null } as const;
			if (!(v in status)) return false;
			o.filter.status = status[v as keyof typeof status];
			return true;
		}
		case "sortierung":
		case "sort":
			if (!["datum", "date", "priorität", "prioritaet", "priority"].includes(v)) return false;
			o.sort = v.startsWith("d") ? "date" : "priority";
			return true;
		case "anzahl":
		case "limit":
			if (!/^\d+$/.test(v) || Number(v) < 1) return false;
			o.limit = Number(v);
			return true;
		default:
			return false;
	}
}
