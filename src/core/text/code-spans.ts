import { BACKTICK } from "./char-codes";
/**
 * `text.replace(/(`+)[\s\S]*?\1/g, with)` without the regex: on a long run of backticks it tries
 * every shorter opening at every position and reads the rest of the line each time. Here each run
 * of backticks is measured once. What the regex does from a run of `k` backticks at `p`: the longest
 * opening `j <= k` that occurs again later wins; an opening of at most `k/2` always finds its twin in
 * the rest of its own run.
 */
export function replaceCodeSpans(text: string, replacement: string): string {
	const starts: number[] = [];
	const ends: number[] = [];
	for (let at = text.indexOf("`"); at >= 0; at = text.indexOf("`", at)) {
		starts.push(at);
		while (text.charCodeAt(at) === BACKTICK) at++;
		ends.push(at);
	}
	// The longest run from each one to the last.
	const longest = new Array<number>(starts.length + 1).fill(0);
	for (let r = starts.length - 1; r >= 0; r--) longest[r] = Math.max((ends[r] as number) - (starts[r] as number), longest[r + 1] as number);
	let out = "";
	let [copied, from, run] = [0, 0, 0];
	while (run < starts.length) {
		const p = Math.max(starts[run] as number, from);
		const k = (ends[run] as number) - p;
		const later = Math.min(k, longest[run + 1] as number);
		const half = Math.floor(k / 2);
		let end: number;
		if (later > half) {
			// The first later run that holds the opening.
			let t = run + 1;
			while ((ends[t] as number) - (starts[t] as number) < later) t++;
			end = (starts[t] as number) + later;
			run = t;
		} else if (half > 0) end = p + 2 * half;
		else break;
		if (end >= (ends[run] as number)) run++;
		out += text.slice(copied, p) + replacement;
		[copied, from] = [end, end];
	}
	return copied === 0 ? text : out + text.slice(copied);
}
