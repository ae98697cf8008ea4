// A fixed "now" for tests whose outcome depends on today (due dates, overdue, the year's deadline):
// only Date is faked, so timers, the database driver and timeouts keep running as usual. The clock
// starts at the fixed moment and then runs on, so what happens later is still later (a file added
// after an answer, a lock that expires).
import { vi } from "vitest";

/** Friday 27 November 2026, 10:00 in Beijing. */
export const FIXED_NOW = new Date("2026-11-27T02:00:00Z");

export function fixClock(now: Date = FIXED_NOW) {
  vi.useFakeTimers({ toFake: ["Date"], now, shouldAdvanceTime: true });
}
