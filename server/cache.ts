import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";

/**
 * Cached reads of figures that many requests share (the dashboard's and each unit's case figures),
 * with Next's data cache. Rules:
 * - The scope is applied BEFORE a cached read (the caller checks who may see which unit) and the scope
 *   is part of the key (the function's arguments are: `unitId` or null for the district), so one
 *   unit's figures are never served for another.
 * - Every mutation calls `invalidateFigures()` (server/action.ts after each successful action, and the
 *   mutating route handlers that change figures), which expires every entry at once: the next read is
 *   fresh, on this instance.
 * - With several instances each keeps its own cache: an entry lives at most FIGURES_TTL_SECONDS, so
 *   another instance shows a change within that time.
 * - Cached functions must return plain JSON (no Date, Decimal, Map): Next stores entries as JSON.
 */
export const FIGURES_TAG = "case-figures";
export const FIGURES_TTL_SECONDS = 30;

export function cachedFigures<A extends (string | number | null)[], R>(name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return unstable_cache(fn, ["figures", name], { tags: [FIGURES_TAG], revalidate: FIGURES_TTL_SECONDS });
}

/** Expires every cached figure now (the next read recomputes): call after any successful mutation. */
export function invalidateFigures() {
  revalidateTag(FIGURES_TAG, { expire: 0 });
}
