import { run } from "./run";

// The CLI's entry: read the arguments, run, and leave with the exit code.
process.exitCode = run(process.argv.slice(2), {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text),
});
