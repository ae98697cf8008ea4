import { describe, expect, it } from "vitest";

import { type FindingRecord, findingStatusAt, matchesFinding } from "@/lib/inspections/finding-filter";

const bj = (s: string) => new Date(`${s}+08:00`);
const endOf = (day: string) => bj(`${day}T23:59:59.999`);

const closed: FindingRecord = {
  status: "CLOSED",
  recordedAt: bj("2020-06-01T10:00:00"),
  answeredAt: bj("2020-07-01T10:00:00"),
  closedAt: bj("2020-07-05T10:00:00"),
  dueDate: new Date("2020-06-20T00:00:00Z"),
};

describe("a 监督检查 finding as of a day", () => {
  it("is 待整改, then 已答复, then 已销号 as its stored times say; absent before it was recorded", () => {
    expect(findingStatusAt(closed, endOf("2020-05-31"))).toBeNull();
    expect(findingStatusAt(closed, endOf("2020-06-30"))).toBe("OPEN");
    expect(findingStatusAt(closed, endOf("2020-07-02"))).toBe("ANSWERED");
    expect(findingStatusAt(closed, endOf("2020-07-05"))).toBe("CLOSED");
  });

  it("reads a finding sent back (待整改 now) as 待整改 throughout", () => {
    const sentBack = { ...closed, status: "OPEN" as const, closedAt: null };
    expect(findingStatusAt(sentBack, endOf("2020-07-02"))).toBe("OPEN");
  });

  it("is overdue on a day only when it was still open then and due before that day", () => {
    const f = { filter: "open" as const, overdue: true };
    expect(matchesFinding("OPEN", closed.dueDate, f, endOf("2020-06-20"))).toBe(false); // due that day: not late
    expect(matchesFinding("OPEN", closed.dueDate, f, endOf("2020-06-21"))).toBe(true);
    expect(matchesFinding("ANSWERED", closed.dueDate, f, endOf("2020-07-02"))).toBe(false);
  });

  it("counts 未销号 as 待整改 and 已答复 together", () => {
    const f = { filter: "unresolved" as const };
    expect(matchesFinding("OPEN", closed.dueDate, f, endOf("2020-06-30"))).toBe(true);
    expect(matchesFinding("ANSWERED", closed.dueDate, f, endOf("2020-06-30"))).toBe(true);
    expect(matchesFinding("CLOSED", closed.dueDate, f, endOf("2020-06-30"))).toBe(false);
    expect(matchesFinding("CLOSED", closed.dueDate, { filter: "all" }, endOf("2020-06-30"))).toBe(true);
  });
});
