// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { grayMatterBlock } from "../../src/cli/frontmatter-reader";
import type { FrontmatterError } from "../../src/core/frontmatter/parse";
import { parseYaml } from "../../src/core/frontmatter/yaml-schema";
import { createIndexContext } from "../../src/core/index/context";
import { parseNote } from "../../src/core/index/parse-note";
import { withDefaults } from "../../src/core/settings/settings";
import { preParsedFrom } from "../../src/obsidian/index/pre-parsed-from-cache";
import { obsidianYaml } from "../../src/obsidian/vault/yaml";
import { FakeApp } from "../obsidian/fake/app";

const TODAY = "2026-11-23";
const settings = withDefaults({});
const cli = createIndexContext(settings, TODAY, parseYaml, grayMatterBlock);
const plugin = createIndexContext(settings, TODAY, obsidianYaml);

/**
 * One table of dossiers, read three ways: by the CLI (gray-matter with our js-yaml schema as its YAML
 * engine, over the block core finds in the note's text), by the
 * plugin from the text (Obsidian's parseYaml, here the fake's js-yaml default schema, which turns
 * unquoted dates into Date objects), and by the plugin from the metadata cache's frontmatter.
 */
const NOTES: Record<string, string> = {
	"dates and numbers as written":
		"---\ntyp: kunde\nfirma: Vogt GmbH\nerstellt: 2026-11-23\nplz: 01234\ntelefon: 0711 123\numsatz: 480.000 €\npotenzial: 1,2 Mio\nkontaktintervall: 30\n---\n",
	"people, roles and birthdays":
		'---\ntyp: kunde\nfirma: Gerens\nentscheider: [Anna Gerens, "Dr. Bernd Weber"]\nansprechpartner:\n  - name: Anna Gerens\n    rolle: Einkaufsleiterin\n    geburtstag: 1970-03-15\n  - name: Carl Ott\n    geburtstag: 24.12.\n---\n',
	"phases and history":
		"---\ntyp: kunde\nfirma: Huber\nphasenmodell: beziehung\nphase: Machtkampf\nphasen:\n  - phase: Verliebtheit\n    datum: 2025-01-10\n  - Ernüchterung: 2025-06-01\n---\n",
	"English keys and booleans": "---\ntype: customer\ncompany: Acme\nrevenue: 120000\npotential: 480k\nabc: b\nactive: true\nneeds: Faster delivery\n---\n",
	"empty and odd values": "---\ntyp: kunde\nfirma:\numsatz: ~\nabc: D\nkontaktintervall: oft\nstatus: Bestandskunde\n---\n",
	"quoted and multi-line text":
		"---\ntyp: kunde\nfirma: 'Müller & Söhne'\nstrategie: >\n  Erst Service,\n  dann Angebot\nhindernisse: |\n  Budget\n  Zeit\n---\n",
	"CRLF and a byte order mark": "\ufeff---\r\ntyp: kunde\r\nfirma: Landtechnik Huber\r\numsatz: 90.000\r\n---\r\n",
};

const BROKEN: Record<string, string> = {
	"bad indentation": "---\ntyp: kunde\nfirma: Vogt\n  abc: A\n---\n",
	"unclosed quote": '---\ntyp: kunde\nfirma: "Vogt\nabc: A\n---\n',
	"duplicate key": "---\ntyp: kunde\nfirma: A\nfirma: B\n---\n",
};

/**
 * How a block opens, closes or fails to: the CLI's outcome (the dossier's name, the error's kind and
 * line, the list items read), which the plugin's readers must match.
 */
const EDGES: Record<string, { text: string; name: string | null; error: Pick<FrontmatterError, "kind" | "line"> | null; items: number }> = {
	"a byte order mark": { text: "\ufeff---\ntyp: kunde\nfirma: Vogt\n---\n", name: "Vogt", error: null, items: 0 },
	"CRLF line ends": { text: "---\r\ntyp: kunde\r\nfirma: Vogt\r\n---\r\n- [ ] anrufen 📅 2026-11-30\r\n", name: "Vogt", error: null, items: 1 },
	"---yaml": { text: "---yaml\ntyp: kunde\nfirma: Vogt\n---\n", name: "Vogt", error: null, items: 0 },
	"---json": { text: '---json\n{ "typ": "kunde", "firma": "Vogt" }\n---\n', name: "Vogt", error: null, items: 0 },
	"---js, never run": {
		text: "---js\n{ typ: 'kunde', firma: (globalThis.ran = 'Vogt') }\n---\n",
		name: null,
		error: { kind: "javascript", line: 1 },
		items: 0,
	},
	"a language without an engine": { text: "---constructor\nfirma: Vogt\n---\n", name: null, error: { kind: "language", line: 1 }, items: 0 },
	"an empty block": { text: "---\n---\n- [ ] anrufen 📅 2026-11-30\n", name: null, error: null, items: 1 },
	"a block of comments only": { text: "---\n# nur ein Kommentar\n  # noch einer\n---\n", name: null, error: null, items: 0 },
	"an unclosed block, read as body": {
		text: "---\ntyp: kunde\nfirma: Vogt\n- [ ] anrufen 📅 2026-11-30\n",
		name: null,
		error: { kind: "unclosed", line: 1 },
		items: 1,
	},
	"--- again in the body": {
		text: "---\ntyp: kunde\nfirma: Vogt\n---\n- [ ] anrufen 📅 2026-11-30\n---\nfirma: Falsch\n---\n",
		name: "Vogt",
		error: null,
		items: 1,
	},
	"a line starting with --- inside the block": { text: "---\ntyp: kunde\nfirma: Vogt\n----\n---\n", name: null, error: { kind: "yaml", line: 4 }, items: 0 },
};

const path = "Kunden/K.md";

function fromCache(text: string) {
	const app = new FakeApp({ [path]: text });
	const [file] = app.vault.getMarkdownFiles();
	const metadata = preParsedFrom((file ? app.metadataCache.getFileCache(file) : null) as never);
	return parseNote({ path, text, ...(metadata ? { metadata } : {}) }, plugin);
}

describe("the CLI's and the plugin's frontmatter readers give one dossier", () => {
	it.each(Object.entries(NOTES))("%s", (_name, text) => {
		const read = parseNote({ path, text }, cli);
		expect(read.frontmatterError).toBeNull();
		expect(read.customer).not.toBeNull();
		expect(parseNote({ path, text }, plugin).customer).toEqual(read.customer);
		expect(fromCache(text).customer).toEqual(read.customer);
	});

	it.each(Object.entries(BROKEN))("and the same error for %s", (_name, text) => {
		const read = parseNote({ path, text }, cli);
		expect(read.frontmatterError).toMatchObject({ kind: "yaml" });
		expect(parseNote({ path, text }, plugin).frontmatterError).toEqual(read.frontmatterError);
		expect(fromCache(text).frontmatterError).toEqual(read.frontmatterError);
	});

	it.each(Object.entries(EDGES))("and the same outcome for %s", (_name, edge) => {
		const read = parseNote({ path, text: edge.text }, cli);
		expect((globalThis as { ran?: string }).ran).toBeUndefined();
		expect(read.customer?.dossier.name ?? null).toBe(edge.name);
		expect(read.frontmatterError === null ? null : { kind: read.frontmatterError.kind, line: read.frontmatterError.line }).toEqual(edge.error);
		expect(read.items).toHaveLength(edge.items);
		const outcome = (note: typeof read) => ({ customer: note.customer, error: note.frontmatterError, items: note.items });
		expect(outcome(parseNote({ path, text: edge.text }, plugin))).toEqual(outcome(read));
		expect(outcome(fromCache(edge.text))).toEqual(outcome(read));
	});
});
