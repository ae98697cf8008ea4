import { describe, expect, it } from "vitest";

import {
  compareQueue,
  daysWaiting,
  matchesFlagFilter,
  nextInQueue,
  parseReviewQueueFilters,
  type QueueItem,
  queueParams,
} from "@/lib/cases/review-queue";

// Friday 27 November 2026, 10:00 in Beijing.
const NOW = new Date("2026-11-27T02:00:00Z");

describe("days waiting", () => {
  it("counts Beijing calendar days since submission, 0 on the day itself", () => {
    expect(daysWaiting(new Date("2026-11-27T00:30:00Z"), NOW)).toBe(0);
    expect(daysWaiting(new Date("2026-11-26T10:00:00Z"), NOW)).toBe(1);
    expect(daysWaiting(new Date("2026-11-20T02:00:00Z"), NOW)).toBe(7);
  });

  it("follows the Beijing day, not the UTC one", () => {
    // 26 Nov 23:30 in Beijing is 26 Nov 15:30 UTC: yesterday in Beijing, one day.
    expect(daysWaiting(new Date("2026-11-26T15:30:00Z"), NOW)).toBe(1);
    // 27 Nov 00:10 in Beijing is still 26 Nov in UTC: today in Beijing, none.
    expect(daysWaiting(new Date("2026-11-26T16:10:00Z"), NOW)).toBe(0);
    // Late in the Beijing evening the next morning's submission (UTC) is not yet a day old.
    expect(daysWaiting(new Date("2026-11-27T01:00:00Z"), new Date("2026-11-27T15:59:00Z"))).toBe(0);
    expect(daysWaiting(new Date("2026-11-27T01:00:00Z"), new Date("2026-11-27T16:00:00Z"))).toBe(1);
  });

  it("never counts below zero (a clock behind the submission)", () => {
    expect(daysWaiting(new Date("2026-11-29T02:00:00Z"), NOW)).toBe(0);
  });
});

const item = (id: string, submitted: string, unitOrder: number, flagTypes: QueueItem["flagTypes"] = []): QueueItem => ({
  id,
  submittedAt: new Date(submitted),
  unitOrder,
  flagTypes,
  flagCount: flagTypes.length,
});

const a = item("a", "2026-11-01T02:00:00Z", 3, ["NO_CAPTURE_TIME"]);
const b = item("b", "2026-11-05T02:00:00Z", 1);
const c = item("c", "2026-11-10T02:00:00Z", 2, ["DUPLICATE", "NO_CAPTURE_TIME", "NO_CAPTURE_TIME"]);
const d = item("d", "2026-11-10T02:00:00Z", 1, ["FAR_FROM_SITE"]);
const queue = [c, a, d, b];
const order = (sort: Parameters<typeof compareQueue>[0]) => [...queue].sort(compareQueue(sort)).map((q) => q.id);

describe("the queue's sorts", () => {
  it("longest waiting first by default, ties by id", () => {
    expect(order("waiting")).toEqual(["a", "b", "c", "d"]);
  });
  it("most recent first", () => {
    expect(order("recent")).toEqual(["c", "d", "b", "a"]);
  });
  it("by unit in the district's order, then longest waiting", () => {
    expect(order("unit")).toEqual(["b", "d", "c", "a"]);
  });
  it("most flags first, then longest waiting", () => {
    expect(order("flags")).toEqual(["c", "a", "d", "b"]);
  });
});

describe("the flag filter", () => {
  it("有提示, 无提示 and one type", () => {
    expect(queue.filter((q) => matchesFlagFilter(q, "ANY")).map((q) => q.id)).toEqual(["c", "a", "d"]);
    expect(queue.filter((q) => matchesFlagFilter(q, "NONE")).map((q) => q.id)).toEqual(["b"]);
    expect(queue.filter((q) => matchesFlagFilter(q, "NO_CAPTURE_TIME")).map((q) => q.id)).toEqual(["c", "a"]);
    expect(queue.filter((q) => matchesFlagFilter(q, undefined))).toHaveLength(4);
  });
});

describe("下一件 after a decision", () => {
  it("is the case that sorted after the decided one, which has left the queue", () => {
    const left = queue.filter((q) => q.id !== "b");
    expect(nextInQueue(left, b, "waiting")).toBe("c");
    expect(nextInQueue(left, b, "unit")).toBe("d");
    expect(
      nextInQueue(
        queue.filter((q) => q.id !== "c"),
        c,
        "flags",
      ),
    ).toBe("a");
  });

  it("skips the current case when it is still waiting (下一件 without a decision)", () => {
    expect(nextInQueue(queue, a, "waiting")).toBe("b");
  });

  it("goes back to the first case still waiting past the end of the list", () => {
    expect(nextInQueue([a, b], d, "waiting")).toBe("a");
    expect(nextInQueue([a, b, d], d, "waiting")).toBe("a");
  });

  it("is none when nothing is left", () => {
    expect(nextInQueue([], a, "waiting")).toBeNull();
    expect(nextInQueue([a], a, "waiting")).toBeNull();
  });
});

describe("the queue's address", () => {
  it("reads the filters and the sort, dropping anything unknown", () => {
    expect(parseReviewQueueFilters({ sort: "flags", flag: "ANY", unit: "3", q: "铸造", page: "2" })).toEqual({
      sort: "flags",
      flag: "ANY",
      unit: 3,
      q: "铸造",
      page: 2,
    });
    expect(parseReviewQueueFilters({ sort: "bogus", flag: "NOPE", unit: "x", category: "X" })).toEqual({
      sort: "waiting",
      page: 1,
    });
  });

  it("carries the filters and a non-default sort, never the page", () => {
    expect(queueParams(parseReviewQueueFilters({ sort: "unit", category: "ELIMINATION", page: "3" }))).toEqual({
      q: undefined,
      category: "ELIMINATION",
      unit: undefined,
      flag: undefined,
      sort: "unit",
    });
    expect(queueParams(parseReviewQueueFilters({})).sort).toBeUndefined();
  });
});
