import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/run";

/** A vault folder in the system's temp dir with the given notes ({ path: text }); its path. */
export function tempVault(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), "kd-vault-"));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, ".."), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

type Run = (argv: readonly string[], io: CliIo, today?: () => string) => number;

/** Runs the CLI in-process (a test's own, possibly mocked, import of it) and keeps what it printed. */
export function capturing(run: Run, today = "2026-11-23") {
	return (argv: string[]) => {
		let [out, err] = ["", ""];
		const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t) }, () => today);
		return { code, out, err };
	};
}
