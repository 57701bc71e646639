import { performance } from "node:perf_hooks";

export function time(fn: () => void): number {
	const start = performance.now();
	fn();
	return performance.now() - start;
}

export async function timeAsync(fn: () => Promise<void>): Promise<number> {
	const start = performance.now();
	await fn();
	return performance.now() - start;
}

export function percentile(samples: readonly number[], p: number): number {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export function heapUsed(): number {
	const gc = (globalThis as { gc?: () => void }).gc;
	for (let i = 0; i < 3; i++) gc?.();
	return process.memoryUsage().heapUsed;
}
