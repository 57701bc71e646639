/** Moves between phases (DOMAIN §2): forward one phase at a time, back as far as needed. */
export type PhaseMove = { ok: true; phase: string } | { ok: false; reason: "unknown" | "same" | "skip"; skipped: string[] };

export function checkMove(names: readonly string[], currentIndex: number, target: string): PhaseMove {
	const to = names.indexOf(target);
	if (to < 0) return { ok: false, reason: "unknown", skipped: [] };
	if (to === currentIndex) return { ok: false, reason: "same", skipped: [] };
	if (currentIndex >= 0 && to > currentIndex + 1) return { ok: false, reason: "skip", skipped: names.slice(currentIndex + 1, to) };
	if (currentIndex < 0 && to > 0) return { ok: false, reason: "skip", skipped: names.slice(0, to) };
	return { ok: true, phase: target };
}

/** The phase after the current one (the first without a current phase), or null at the last. */
export function nextPhase(names: readonly string[], currentIndex: number): string | null {
	return names[currentIndex + 1] ?? null;
}
