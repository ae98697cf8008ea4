import { describe, expect, it } from "vitest";

import {
  campaignEnded,
  campaignStatus,
  carryError,
  caseClosing,
  closeBlockers,
  datesErrors,
  deadlineAfterCampaignWarning,
  newCampaignErrors,
  nextCampaignDefaults,
  progressDateDefault,
} from "@/lib/campaigns/rules";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const y2020 = {
  year: 2020,
  title: "海曙区2020年淘汰落后产能及“低散乱”整治提升工作",
  startDate: day("2020-01-01"),
  deadline: day("2020-12-31"),
};

describe("opening next year by copying", () => {
  it("moves the dates to the new year and replaces the year in the title", () => {
    expect(nextCampaignDefaults(y2020, 2021)).toEqual({
      year: 2021,
      title: "海曙区2021年淘汰落后产能及“低散乱”整治提升工作",
      startDate: day("2021-01-01"),
      deadline: day("2021-12-31"),
    });
  });

  it("29 February becomes 28 February in a common year", () => {
    expect(nextCampaignDefaults({ ...y2020, deadline: day("2020-02-29") }, 2021).deadline).toEqual(day("2021-02-28"));
  });

  it("a title without the year gets it in front", () => {
    expect(nextCampaignDefaults({ ...y2020, title: "整治提升工作" }, 2021).title).toBe("2021年度整治提升工作");
  });

  it("refuses a year that exists, a deadline not after the start, a start outside the year", () => {
    expect(
      newCampaignErrors({ year: 2020, startDate: day("2020-01-01"), deadline: day("2020-12-31") }, [2020]),
    ).toEqual(["2020 年度已存在"]);
    expect(
      newCampaignErrors({ year: 2021, startDate: day("2021-03-01"), deadline: day("2021-03-01") }, [2020]),
    ).toEqual(["完成时限须晚于开始日期"]);
    expect(datesErrors({ year: 2021, startDate: day("2020-12-01"), deadline: day("2021-12-31") })).toEqual([
      "开始日期须在 2021 年内",
    ]);
    expect(
      newCampaignErrors({ year: 2021, startDate: day("2021-01-01"), deadline: day("2022-01-31") }, [2020]),
    ).toEqual([]);
  });
});

describe("a campaign's status", () => {
  const c = { startDate: day("2021-01-01"), deadline: day("2021-12-31"), closedAt: null };
  it("follows the Beijing calendar day", () => {
    expect(campaignStatus(c, new Date("2020-12-31T15:59:00Z"))).toBe("NOT_STARTED");
    expect(campaignStatus(c, new Date("2020-12-31T16:00:00Z"))).toBe("RUNNING"); // 1 Jan 00:00 in Beijing
    expect(campaignStatus(c, new Date("2021-12-31T15:59:00Z"))).toBe("RUNNING");
    expect(campaignStatus(c, new Date("2021-12-31T16:00:00Z"))).toBe("ENDED");
  });
  it("is 已关闭 once closed, whatever the date", () => {
    expect(campaignStatus({ ...c, closedAt: new Date("2021-06-01") }, new Date("2021-06-02"))).toBe("CLOSED");
  });
});

describe("closing a campaign", () => {
  it("needs every case not accepted decided, and the campaign not to be the current one", () => {
    expect(closeBlockers({ closedAt: null, isCurrent: null }, 0)).toEqual([]);
    expect(closeBlockers({ closedAt: null, isCurrent: true }, 2)).toEqual([
      "当前年度不能关闭：请先将新的年度设为当前年度",
      "还有 2 件未验收整治对象未作决定（结转或按未完成关闭）",
    ]);
    expect(closeBlockers({ closedAt: new Date(), isCurrent: null }, 0)).toEqual(["该年度已关闭"]);
  });

  it("a case is decided when accepted, carried over, or closed as not completed", () => {
    const open = { status: "IN_PROGRESS" as const, closedIncompleteAt: null, carriedTo: null };
    expect(caseClosing(open)).toBe("UNDECIDED");
    expect(caseClosing({ ...open, status: "ACCEPTED" })).toBe("ACCEPTED");
    expect(caseClosing({ ...open, carriedTo: { id: "x" } })).toBe("CARRIED");
    expect(caseClosing({ ...open, closedIncompleteAt: new Date() })).toBe("CLOSED_INCOMPLETE");
  });

  it("carries only into a later, open year", () => {
    const from = { id: 1, year: 2020 };
    expect(carryError(from, null)).toBe("请选择结转到的年度");
    expect(carryError(from, { id: 1, year: 2020, closedAt: null })).toBe("只能结转到以后的年度");
    expect(carryError(from, { id: 3, year: 2019, closedAt: null })).toBe("只能结转到以后的年度");
    expect(carryError(from, { id: 2, year: 2021, closedAt: new Date() })).toBe("目标年度已关闭");
    expect(carryError(from, { id: 2, year: 2021, closedAt: null })).toBeNull();
  });
});

describe("a year's status by its own dates, and work done after it ends", () => {
  const y2021 = { startDate: day("2021-01-01"), deadline: day("2021-12-31"), closedAt: null };
  it("a year opened before it starts is 未开始, opened during it 进行中 — not 已结束 on creation", () => {
    expect(campaignStatus(y2021, new Date("2020-12-15T02:00:00Z"))).toBe("NOT_STARTED");
    expect(campaignStatus(y2021, new Date("2021-03-01T02:00:00Z"))).toBe("RUNNING");
    expect(campaignStatus(y2021, new Date("2021-12-31T15:59:00Z"))).toBe("RUNNING"); // 23:59 on its last day in Beijing
    expect(campaignEnded(y2021, new Date("2021-12-31T15:59:00Z"))).toBe(false);
    expect(campaignEnded(y2021, new Date("2021-12-31T16:00:00Z"))).toBe(true);
  });
  it("warns when a case's deadline is after the year's, never for one within it", () => {
    const c = { year: 2021, deadline: "2021-12-31" };
    expect(deadlineAfterCampaignWarning("2021-12-31", c)).toBe("");
    expect(deadlineAfterCampaignWarning("", c)).toBe("");
    expect(deadlineAfterCampaignWarning("2022-01-15", c)).toBe(
      "注意：整改期限晚于2021年度完成时限（2021-12-31），请确认",
    );
  });
  it("dates a progress entry today while the year runs, on its last day once it is over", () => {
    expect(progressDateDefault(y2021, new Date("2021-06-30T17:00:00Z"))).toBe("2021-07-01"); // 01:00 in Beijing
    expect(progressDateDefault(y2021, new Date("2022-03-01T02:00:00Z"))).toBe("2021-12-31");
  });
});
