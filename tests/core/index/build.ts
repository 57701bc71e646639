import { buildIndex } from "../../../src/core/index/build-index";
import { toContractJson } from "../../../src/core/index/contract-json";
import { withDefaults, type Settings } from "../../../src/core/settings/settings";

export const TODAY = "2026-11-23";

/** Indexes an in-memory vault ({ path: text }) for a fixed day. */
export function index(notes: Record<string, string>, settings: Partial<Settings> = {}, today = TODAY) {
	return buildIndex(
		Object.entries(notes).map(([path, text]) => ({ path, text })),
		withDefaults(settings),
		today,
	);
}

export interface JsonIndex {
	today: string;
	customers: Array<{
		path: string;
		name: string;
		abc: string | null;
		abcComputed: string | null;
		abcEffective: string | null;
		contactDue: string | null;
		phaseModel: string;
		phase: string | null;
		phaseHistory: Array<{ phase: string; date: string }>;
		lastContact: string | null;
		nextActivity: { path: string; line: number; date: string } | null;
		problems: Array<{ code: string; message: string }>;
	}>;
	activities: Array<{
		path: string;
		line: number;
		customer: string;
		text: string;
		status: string;
		kind: "task" | "log";
		date: string | null;
		dateEnd: string | null;
		floating: boolean;
		doneDate: string | null;
		vague: boolean;
		reasons: string[];
	}>;
	errors: Array<{ path: string; message: string }>;
}

export function json(notes: Record<string, string>, settings: Partial<Settings> = {}, today = TODAY): JsonIndex {
	return toContractJson(index(notes, settings, today)) as JsonIndex;
}

export const customer = (fm: string, body = "") => `---\ntyp: kunde\n${fm}\n---\n${body}`;
