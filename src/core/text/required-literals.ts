/**
 * What every match of a regular expression must contain, as clauses of literal strings: a match
 * holds at least one string of each clause. A few `includes()` can then rule a text out before the
 * (much slower) Unicode regular expression runs. Understands the subset our patterns use:
 * alternation, groups, lookarounds, classes, escapes, `\d` and the quantifiers `? * + {}`.
 * Returns null when it cannot promise anything (then the expression always runs).
 */
export type Clauses = string[][];

const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/** A construct this reader does not know: then it promises nothing rather than guess. */
class Unsupported extends Error {}

export function requiredLiterals(pattern: string): Clauses | null {
	const parser = { source: pattern, at: 0 };
	let found: Clauses | null;
	try {
		found = alternation(parser);
	} catch (error) {
		if (error instanceof Unsupported) return null;
		throw error;
	}
	if (parser.at !== pattern.length || !found || found.length === 0) return null;
	const seen = new Set<string>();
	return found.map(minimal).filter((clause) => {
		const key = [...clause].sort().join("\u0000");
		return !seen.has(key) && seen.add(key);
	});
}

interface Parser {
	source: string;
	at: number;
}

const META = new Set(["(", ")", "[", "]", "{", "}", "?", "*", "+", "|", "^", "$", "."]);

/** `a|b|c`: one alternative's clauses as they are; several alternatives give one clause, the union of each one's best. */
function alternation(p: Parser): Clauses | null {
	const alternatives: Array<Clauses | null> = [];
	for (;;) {
		alternatives.push(sequence(p));
		if (p.source[p.at] !== "|") break;
		p.at++;
	}
	if (alternatives.length === 1) return alternatives[0] ?? null;
	if (alternatives.some((a) => a === null)) return null;
	return [alternatives.flatMap((a) => best(a as Clauses))];
}

/** One alternative: every required part (a literal run, a digit, a group) is a clause. */
function sequence(p: Parser): Clauses | null {
	const clauses: Clauses = [];
	let run = "";
	const endRun = () => {
		if (run.length > 0) clauses.push([run]);
		run = "";
	};
	while (p.at < p.source.length && p.source[p.at] !== "|" && p.source[p.at] !== ")") {
		const c = p.source[p.at] as string;
		if (c === "(") {
			endRun();
			const head = /^\((\?:|\?<?[=!]|\?<[A-Za-z_$][\w$]*>|)/.exec(p.source.slice(p.at))?.[1] ?? "";
			p.at += 1 + head.length;
			const inner = alternation(p);
			if (p.source[p.at] !== ")") throw new Unsupported();
			p.at++;
			const lookaround = /^\?<?[=!]$/.test(head);
			if (quantifier(p) !== "optional" && !lookaround && inner) clauses.push(...inner);
		} else if (c === "[") {
			endRun();
			skipClass(p);
			quantifier(p);
		} else if (c === "\\") {
			const next = p.source[p.at + 1] ?? "";
			p.at += escapeLength(p);
			if (/[A-Za-z0-9]/.test(next)) {
				endRun();
				if (quantifier(p) !== "optional" && next === "d") clauses.push(DIGITS);
			} else {
				// An escaped punctuation mark (`\.`, `\/`) is a literal like any other.
				literal(p, next);
			}
		} else if (META.has(c)) {
			// ^ $ . or a stray quantifier: nothing literal here.
			endRun();
			p.at++;
		} else {
			p.at++;
			literal(p, c);
		}
	}
	endRun();
	return clauses.length > 0 ? clauses : null;

	function literal(p: Parser, c: string): void {
		const q = quantifier(p);
		// "ab?c" promises only "a" and "c"; "ab+c" promises "ab" and "bc" (it may read "abbc").
		if (q === "optional") endRun();
		else if (q === "repeat") {
			run += c;
			endRun();
			run = c;
		} else run += c;
	}
}

/** Length of the escape at `p.at`: `\p{L}`, `\u{…}`, `\uXXXX`, `\xHH`, `\cX`, `\k<name>`, or two characters. */
function escapeLength(p: Parser): number {
	const rest = p.source.slice(p.at);
	const braced = /^\\[pPu]\{[^}]*\}|^\\k<[^>]*>/.exec(rest);
	if (braced) return braced[0].length;
	if (/^\\[pPk]/.test(rest)) throw new Unsupported();
	const fixed = /^\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z])/.exec(rest);
	return fixed ? fixed[0].length : 2;
}

/** Consumes a quantifier after an atom: none, one that may drop the atom (`? * {0,}`), or one that may repeat it. */
function quantifier(p: Parser): "none" | "optional" | "repeat" {
	const c = p.source[p.at];
	let kind: "none" | "optional" | "repeat" = "none";
	if (c === "?" || c === "*") {
		p.at++;
		kind = "optional";
	} else if (c === "+") {
		p.at++;
		kind = "repeat";
	} else if (c === "{") {
		const m = /^\{(\d+)(,\d*)?\}/.exec(p.source.slice(p.at));
		if (!m) throw new Unsupported();
		p.at += m[0].length;
		kind = Number(m[1]) === 0 ? "optional" : m[2] === undefined && m[1] === "1" ? "none" : "repeat";
	}
	if (kind !== "none" && p.source[p.at] === "?") p.at++; // lazy
	return kind;
}

function skipClass(p: Parser): void {
	p.at++;
	while (p.at < p.source.length && p.source[p.at] !== "]") p.at += p.source[p.at] === "\\" ? 2 : 1;
	p.at++;
}

/** The clause that rules out the most texts: its shortest string is longest. */
export function best(clauses: Clauses): string[] {
	return clauses.reduce((a, b) => (shortest(b) > shortest(a) ? b : a));
}

/** A string that contains another one of its clause adds nothing: "leiterin" is found whenever "leiter" is. */
function minimal(clause: string[]): string[] {
	const unique = [...new Set(clause)].sort((a, b) => a.length - b.length);
	return unique.filter((s, i) => !unique.slice(0, i).some((shorter) => s.includes(shorter)));
}

const shortest = (clause: readonly string[]) => Math.min(...clause.map((s) => s.length));

/**
 * A test whether a text holds a string of every clause. One string is an `includes()`; several are a
 * plain (non-Unicode) alternation, which the engine scans far faster than many `includes()` calls.
 */
export function clauseTest(clauses: Clauses): (text: string) => boolean {
	const tests = clauses.map((clause): ((text: string) => boolean) => {
		const [only] = clause;
		if (clause.length === 1 && only !== undefined) return (text) => text.includes(only);
		const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
		// Single characters go into one class: "[0-9]" is one step, "0|1|…|9" ten.
		const chars = clause
			.filter((s) => s.length === 1)
			.map(escape)
			.join("");
		const longer = clause.filter((s) => s.length > 1).map(escape);
		const any = new RegExp([...longer, ...(chars ? [`[${chars}]`] : [])].join("|"));
		return (text) => any.test(text);
	});
	// A plain loop: every() would allocate a closure per call, and gates run on every line.
	return (text) => {
		for (const test of tests) if (!test(text)) return false;
		return true;
	};
}
