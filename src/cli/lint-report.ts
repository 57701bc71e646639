import { contractErrors, type IndexResult, type Messages } from "../core/api";

/**
 * `lint`: every customer problem and unreadable note, one per line (or as JSON). `problems` counts what
 * makes lint exit 1: customer problems and notes that could not be read as written, not the
 * `refused` folders and files the file system would not hand over (they are listed all the same).
 */
export function lintReport(index: IndexResult, t: Messages, json: boolean, refused = 0): { text: string; problems: number } {
	const problems = index.customers.flatMap((c) => c.problems.map((p) => ({ path: c.path, code: p.code, message: p.message })));
	const count = problems.length + index.errors.length - refused;
	if (json)
		return {
			text: `${JSON.stringify({ today: index.today, problems, errors: contractErrors(index.errors) }, null, 2)}\n`,
			problems: count,
		};
	// A customer note whose frontmatter could not be read has it as a problem already (yaml-error): said once.
	const said = new Set(problems.map((p) => `${p.path}\n${p.message}`));
	const lines = [
		...problems.map((p) => `${p.path}: ${p.code}: ${p.message}`),
		...index.errors.filter((e) => !said.has(`${e.path}\n${e.message}`)).map((e) => `${e.path}: error: ${e.message}`),
	];
	const total = `${t.summary.problems(problems.length)}${index.errors.length ? `, ${t.summary.unreadable(index.errors.length)}` : ""}`;
	return { text: `${lines.join("\n")}${lines.length ? "\n" : ""}${total}\n`, problems: count };
}
