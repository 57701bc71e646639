/**
 * Literal strings of which every match of a regular expression contains at least one, so a plain
 * `includes()` can rule a text out before the (much slower) Unicode regular expression runs.
 * Understands the subset our word patterns use: alternation, groups, classes, escapes, `? * + {}`.
 * Returns null when it cannot promise such a set (then the expression always runs).
 */
export function requiredLiterals(pattern: string): string[] | null {
	const parser = { source: pattern, at: 0 };
	const found = alternation(parser);
	if (parser.at !== pattern.length || !found) return null;
	// A needle that contains another one adds nothing: "leiterin" is found whenever "leiter" is.
	const unique = [...new Set(found)].sort((a, b) => a.length - b.length);
	return unique.filter((needle, i) => !unique.slice(0, i).some((shorter) => needle.includes(shorter)));
}

interface Parser {
	source: string;
	at: number;
}

const META = new Set(["\\", "(", ")", "[", "]", "{", "}", "?", "*", "+", "|", "^", "$", "."]);

/** Needles of `a|b|c`: each alternative must give some, else none can be promised. */
function alternation(p: Parser): string[] | null {
	const all: string[] = [];
	let complete = true;
	for (;;) {
		const needles = sequence(p);
		if (needles) all.push(...needles);
		else complete = false;
		if (p.source[p.at] !== "|") break;
		p.at++;
	}
	return complete ? all : null;
}

/** Needles of one alternative: the best required part (a literal run or a group) it contains. */
function sequence(p: Parser): string[] | null {
	const candidates: string[][] = [];
	let run = "";
	const endRun = () => {
		if (run.length > 0) candidates.push([run]);
		run = "";
	};
	while (p.at < p.source.length && p.source[p.at] !== "|" && p.source[p.at] !== ")") {
		const c = p.source[p.at] as string;
		if (c === "(") {
			endRun();
			const lookaround = /^\(\?<?[=!]/.test(p.source.slice(p.at));
			p.at += p.source.startsWith("(?:", p.at) ? 3 : lookaround ? (p.source[p.at + 2] === "<" ? 4 : 3) : 1;
			const inner = alternation(p);
			p.at++; // ")"
			if (!optional(p) && !lookaround && inner) candidates.push(inner);
		} else if (c === "[") {
			endRun();
			skipClass(p);
			optional(p);
		} else if (c === "\\") {
			endRun();
			p.at += p.source[p.at + 1] === "p" ? p.source.indexOf("}", p.at) + 1 - p.at : 2;
			optional(p);
		} else if (META.has(c)) {
			// ^ $ . or a stray quantifier: nothing literal here.
			endRun();
			p.at++;
		} else {
			p.at++;
			if (optional(p)) {
				endRun();
			} else {
				// "a+b" still contains "ab", and so does "a{2}b".
				run += c;
			}
		}
	}
	endRun();
	if (candidates.length === 0) return null;
	// The set whose shortest needle is longest rules out the most texts.
	return candidates.reduce((best, next) => (shortest(next) > shortest(best) ? next : best));
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

const shortest = (needles: readonly string[]) => Math.min(...needles.map((n) => n.length));
