import { vi } from "vitest";

/**
 * The machine's clock, pinned far from the example week (2026-11-23) so that a test which reads it
 * instead of passing a fixed day fails at once, not next month. `.ci/run` runs the suite again with
 * another pinned day (KUNDENDOSSIER_TEST_NOW, an ISO date-time).
 */
export const PINNED_NOW = process.env.KUNDENDOSSIER_TEST_NOW ?? "2031-07-15T10:00:00Z";

const now = new Date(PINNED_NOW);
if (Number.isNaN(now.getTime())) throw new Error(`KUNDENDOSSIER_TEST_NOW is no date-time: ${PINNED_NOW}`);
// Only Date is faked, and it keeps running from the pinned moment: timers and timeouts stay real.
vi.useFakeTimers({ toFake: ["Date"], now, shouldAdvanceTime: true });
