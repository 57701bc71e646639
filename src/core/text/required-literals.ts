/**
 * What every match of a regular expression must contain, as clauses of literal strings: a match
 * holds at least one string of each clause. A few `includes()` can then rule a text out before the
 * (much slower) Unicode regular expression runs. Understands the subset our patterns use:
 * alternation, groups, lookarounds, classes, escapes, `\d` and the quantifiers `? * + {}`.
 * Returns null when it cannot promise anything (then the expression always runs).
 */
export type Clauses = string[][];

const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

export function requiredLiterals(pattern: string): Clauses | null {
	const parser = { source: pattern, at: 0 };
	const found = alternation(parser);
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
			const head = /^\((\?:|\?<?[=!]|)/.exec(p.source.slice(p.at))?.[1] ?? "";
			p.at += 1 + head.length;
			const inner = alternation(p);
			p.at++; // ")"
			const lookaround = head !== "" && head !== "?:";
			if (!optional(p) && !lookaround && inner) clauses.push(...inner);
		} else if (c === "[") {
			endRun();
			skipClass(p);
			optional(p);
		} else if (c === "\\") {
			const next = p.source[p.at + 1] ?? "";
			p.at += next === "p" || next === "P" ? p.source.indexOf("}", p.at) + 1 - p.at : 2;
			if (/[A-Za-z0-9]/.test(next)) {
				endRun();
				if (!optional(p) && next === "d") clauses.push(DIGITS);
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
		// "a+b" still contains "ab", and so does "a{2}b"; "ab?c" promises only "a" and "c".
		if (optional(p)) endRun();
		else run += c;
	}
}

/** Consumes a quantifier after an atom; true when it makes the atom optional (`? * {0,}`). */
function optional(p: Parser): boolean {
	const c = p.source[p.at];
	if (c === "?" || c === "*") {
		p.at++;
		if (p.source[p.at] === "?") p.at++;
		return true;
	}
	if (c === "+") {
		p.at++;
		return false;
	}
	if (c === "{") {
		const close = p.source.indexOf("}", p.at);
		const min = Number(p.source.slice(p.at + 1, close).split(",")[0]);
		p.at = close + 1;
		return !(min > 0);
	}
	return false;
}

function skipClass(p: Parser): void {
	p.at++;
	while (p.at < p.source.length && p.source[p.at] !== "]") p.at += p.source[p.at] === "\\" ? 2 : 1;
	p.at++;
}

/** The clause that rules out the most texts: its shortest string is longest. */
function best(clauses: Clauses): string[] {
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
		const chars = clause.filter((s) => s.length === 1).map(escape).join("");
		const longer = clause.filter((s) => s.length > 1).map(escape);
		const any = new RegExp([...longer, ...(chars ? [`[${chars}]`] : [])].join("|"));
		return (text) => any.test(text);
	});
	return (text) => tests.every((test) => test(text));
}
