import { describe, expect, it } from "vitest";

import {
  checkEntryDate,
  checkProgressValue,
  computeLineProgress,
  describeEntry,
  elapsedShare,
  formatAmount,
  lineKind,
  needsAttention,
  type PaceWindow,
  type ProgressEntry,
  progressOfLine,
} from "@/lib/tasks/progress";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const entry = (
  value: number | string,
  date: string,
  itemId: number | null = null,
  createdAt = `${date}T02:00:00Z`,
): ProgressEntry => ({ value, date: day(date), createdAt: new Date(createdAt), itemId });
const window2020 = (asOf: string, deadline = "2020-12-31"): PaceWindow => ({
  start: day("2020-01-01"),
  deadline: day(deadline),
  asOf: new Date(asOf),
  lagPoints: 20,
});

describe("line kinds", () => {
  it("tells a numeric target, done/not-done items and a plain count apart", () => {
    expect(lineKind({ target: "13.00", itemIds: [] })).toBe("TARGET");
    expect(lineKind({ target: null, itemIds: [1, 2, 3] })).toBe("ITEMS");
    expect(lineKind({ target: null, itemIds: [] })).toBe("COUNT");
  });
});

describe("elapsed share of the campaign", () => {
  it("counts whole Beijing days from the start to the deadline", () => {
    // 2020 has 366 days; on 1 July, 182 whole days have passed.
    expect(elapsedShare(day("2020-01-01"), day("2020-12-31"), new Date("2020-07-01T12:00:00+08:00"))).toBeCloseTo(
      182 / 366,
      6,
    );
    // 23:30 on 30 June in UTC is already 1 July in Beijing.
    expect(elapsedShare(day("2020-01-01"), day("2020-12-31"), new Date("2020-06-30T23:30:00Z"))).toBeCloseTo(
      182 / 366,
      6,
    );
  });
  it("is 0 before the start and capped at 100% after the deadline", () => {
    expect(elapsedShare(day("2020-01-01"), day("2020-12-31"), new Date("2019-12-01"))).toBe(0);
    expect(elapsedShare(day("2020-01-01"), day("2020-12-31"), new Date("2026-11-26"))).toBe(1);
  });
});

describe("a line with a numeric target (T1: 13 enterprises)", () => {
  const t1 = { target: "13.00", itemIds: [] };

  it("5 of 13 reads 38%, and past the deadline is overdue", () => {
    const p = computeLineProgress(t1, [entry(5, "2020-05-01")], window2020("2026-11-26T10:00:00+08:00"));
    expect(p).toMatchObject({
      kind: "TARGET",
      achieved: 5,
      goal: 13,
      percent: 38,
      expectedPercent: 100,
      status: "OVERDUE",
    });
    expect(needsAttention(p.status)).toBe(true);
  });

  it("sums several entries and is on pace when ahead of the elapsed time", () => {
    const p = computeLineProgress(
      t1,
      [entry(3, "2020-02-01"), entry(4, "2020-04-01")],
      window2020("2020-06-30T12:00:00+08:00"),
    );
    expect(p).toMatchObject({ achieved: 7, percent: 53, expectedPercent: 49, status: "ON_PACE" });
    expect(needsAttention(p.status)).toBe(false);
  });

  it("is behind when more than the campaign's lag threshold below the elapsed share", () => {
    // Early October: ~76% of the year passed; 5/13 = 38% is more than 20 points behind.
    const p = computeLineProgress(t1, [entry(5, "2020-05-01")], window2020("2020-10-05T12:00:00+08:00"));
    expect(p.status).toBe("BEHIND");
    // Mid-May: ~37% passed; 38% keeps pace.
    expect(computeLineProgress(t1, [entry(5, "2020-05-01")], window2020("2020-05-15T12:00:00+08:00")).status).toBe(
      "ON_PACE",
    );
  });

  it("uses the line's own deadline when it has one", () => {
    const p = computeLineProgress(t1, [entry(5, "2020-02-01")], window2020("2020-07-01T12:00:00+08:00", "2020-06-30"));
    expect(p).toMatchObject({ expectedPercent: 100, status: "OVERDUE" });
  });

  it("ignores entries dated after the reference date", () => {
    const p = computeLineProgress(
      t1,
      [entry(5, "2020-03-01"), entry(8, "2020-09-01")],
      window2020("2020-06-01T12:00:00+08:00"),
    );
    expect(p.achieved).toBe(5);
    expect(p.lastEntryDate).toEqual(day("2020-03-01"));
  });

  it("is done at the target, and an 以上 line may go beyond 100%", () => {
    expect(computeLineProgress(t1, [entry(13, "2020-12-01")], window2020("2026-01-01")).status).toBe("DONE");
    const t3 = { target: "10.00", itemIds: [] };
    expect(computeLineProgress(t3, [entry(12, "2020-12-01")], window2020("2026-01-01"))).toMatchObject({
      percent: 120,
      status: "DONE",
    });
  });

  it("never shows 100% before the target is reached", () => {
    const p = computeLineProgress(
      { target: "1000", itemIds: [] },
      [entry(999, "2020-03-01")],
      window2020("2020-03-02"),
    );
    expect(p.percent).toBe(99);
  });

  it("with no entries has nothing done and no last update", () => {
    expect(computeLineProgress(t1, [], window2020("2020-01-10"))).toMatchObject({
      achieved: 0,
      percent: 0,
      lastEntryDate: null,
      status: "ON_PACE",
    });
  });
});

describe("a line measured in 亩 (T11: 1200 亩以上)", () => {
  it("sums decimals exactly", () => {
    const entries = [entry("0.10", "2020-02-01"), entry("0.20", "2020-02-02"), entry("299.70", "2020-03-01")];
    const p = computeLineProgress({ target: "1200.00", itemIds: [] }, entries, window2020("2020-04-01"));
    expect(p.achieved).toBe(300);
    expect(p.percent).toBe(25);
    expect(formatAmount(p.achieved, "亩")).toBe("300亩");
    expect(formatAmount(12.5, "亩")).toBe("12.5亩");
  });
});

describe("a line of done/not-done items (T4: three items)", () => {
  const t4 = { target: null, itemIds: [11, 12, 13] };

  it("counts items whose latest entry marks them done", () => {
    const p = computeLineProgress(t4, [entry(1, "2020-03-01", 11)], window2020("2020-04-01"));
    expect(p).toMatchObject({ kind: "ITEMS", achieved: 1, goal: 3, percent: 33 });
  });

  it("a later 'not done' entry reopens an item; same-day entries go by creation time", () => {
    const reopened = [entry(1, "2020-03-01", 11), entry(0, "2020-03-05", 11)];
    expect(computeLineProgress(t4, reopened, window2020("2020-04-01")).achieved).toBe(0);
    const sameDay = [
      entry(0, "2020-03-01", 12, "2020-03-01T09:00:00Z"),
      entry(1, "2020-03-01", 12, "2020-03-01T01:00:00Z"),
    ];
    expect(computeLineProgress(t4, sameDay, window2020("2020-04-01")).achieved).toBe(0);
  });

  it("is done when all three are done", () => {
    const all = [11, 12, 13].map((id) => entry(1, "2020-06-01", id));
    expect(computeLineProgress(t4, all, window2020("2020-07-01")).status).toBe("DONE");
  });

  it("ignores an entry that names no item of this line", () => {
    expect(
      computeLineProgress(t4, [entry(1, "2020-03-01", 99), entry(1, "2020-03-01")], window2020("2020-04-01")).achieved,
    ).toBe(0);
  });
});

describe("a line that only counts cases handled (T5)", () => {
  it("sums the cases and has no percentage or pace", () => {
    const p = computeLineProgress(
      { target: null, itemIds: [] },
      [entry(2, "2020-03-01"), entry(3, "2020-04-01")],
      window2020("2026-01-01"),
    );
    expect(p).toMatchObject({ kind: "COUNT", achieved: 5, goal: null, percent: null, status: "NO_TARGET" });
    expect(needsAttention(p.status)).toBe(false);
  });
});

describe("values by unit of measure", () => {
  it("takes whole numbers of enterprises, inspections and cases", () => {
    expect(checkProgressValue("ENTERPRISE", " 5 ")).toEqual({ ok: true, value: "5" });
    expect(checkProgressValue("ENTERPRISE", "0")).toEqual({ ok: true, value: "0" });
    expect(checkProgressValue("ENTERPRISE", "2.5")).toEqual({ ok: false, message: "企业数应为整数" });
    expect(checkProgressValue("INSPECTION", "1.0")).toEqual({ ok: false, message: "次数应为整数" });
    expect(checkProgressValue("CASE", "abc")).toEqual({ ok: false, message: "件数应为整数" });
  });
  it("refuses negatives and blanks", () => {
    expect(checkProgressValue("ENTERPRISE", "-1")).toEqual({ ok: false, message: "完成数量不能为负数" });
    expect(checkProgressValue("MU", "-0.5")).toEqual({ ok: false, message: "完成数量不能为负数" });
    expect(checkProgressValue("MU", "  ")).toEqual({ ok: false, message: "请填写本次完成数量" });
  });
  it("takes 亩 with at most two decimals", () => {
    expect(checkProgressValue("MU", "12.50")).toEqual({ ok: true, value: "12.5" });
    expect(checkProgressValue("MU", "300")).toEqual({ ok: true, value: "300" });
    expect(checkProgressValue("MU", "1.234")).toEqual({ ok: false, message: "面积应为数字（亩），最多保留两位小数" });
    expect(checkProgressValue("MU", "1e3")).toMatchObject({ ok: false });
  });
  it("refuses amounts the column cannot hold", () => {
    expect(checkProgressValue("MU", "1000000000")).toEqual({ ok: false, message: "数量过大，请核对" });
  });
});

describe("entry dates", () => {
  const now = new Date("2026-11-26T01:00:00Z"); // 09:00 in Beijing
  it("takes a day within the campaign up to today (Beijing)", () => {
    expect(checkEntryDate(day("2020-05-01"), day("2020-01-01"), now)).toEqual({ ok: true, date: day("2020-05-01") });
    expect(checkEntryDate(day("2026-11-26"), day("2020-01-01"), now)).toMatchObject({ ok: true });
  });
  it("refuses the future, days before the campaign and impossible dates", () => {
    expect(checkEntryDate(day("2026-11-27"), day("2020-01-01"), now)).toEqual({
      ok: false,
      message: "日期不能晚于今天",
    });
    expect(checkEntryDate(day("2019-12-31"), day("2020-01-01"), now)).toEqual({
      ok: false,
      message: "日期不能早于本年度工作开始日期",
    });
  });
});

describe("progress of a line as loaded", () => {
  it("falls back to the campaign deadline and uses its lag threshold", () => {
    const campaign = { startDate: day("2020-01-01"), deadline: day("2020-12-31"), lagThresholdPoints: 20 };
    const line = { code: "T1", target: "13.00", deadline: null, items: [], progress: [entry(5, "2020-05-01")] };
    expect(progressOfLine(line, campaign, new Date("2020-10-05")).status).toBe("BEHIND");
    expect(progressOfLine(line, { ...campaign, lagThresholdPoints: 50 }, new Date("2020-10-05")).status).toBe(
      "ON_PACE",
    );
    expect(progressOfLine({ ...line, deadline: day("2020-04-30") }, campaign, new Date("2020-05-02")).status).toBe(
      "OVERDUE",
    );
  });
});

describe("an entry in words", () => {
  it("reads an amount with the enterprises named, or an item marked", () => {
    const named = {
      value: "2.00",
      itemId: null,
      item: null,
      enterprises: [{ enterprise: { name: "甲厂" } }, { enterprise: { name: "乙厂" } }],
    };
    expect(describeEntry(named, "家")).toBe("2家（甲厂、乙厂）");
    expect(describeEntry({ value: "12.50", itemId: null, item: null, enterprises: [] }, "亩")).toBe("12.5亩");
    expect(
      describeEntry({ value: "1.00", itemId: 3, item: { title: "开展工业炉窑大气综合治理" }, enterprises: [] }, "项"),
    ).toBe("完成：开展工业炉窑大气综合治理");
    expect(
      describeEntry({ value: "0.00", itemId: 3, item: { title: "开展工业炉窑大气综合治理" }, enterprises: [] }, "项"),
    ).toBe("改为未完成：开展工业炉窑大气综合治理");
  });
});
