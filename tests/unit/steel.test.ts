import { describe, expect, it } from "vitest";

import {
  checkFollowUpClose,
  checkSteelInspection,
  followUpState,
  isSteelLine,
  redLinesFound,
  type SteelInspectionDraft,
  summariseSteel,
} from "@/lib/steel/rules";
import { computeLineProgress, steelProgressEntries } from "@/lib/tasks/progress";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const start = day("2020-01-01");
const now = new Date("2020-06-30T04:00:00Z"); // 30 June, noon in Beijing

const clear: SteelInspectionDraft = {
  inspectedOn: day("2020-06-15"),
  newCapacity: "CLEAR",
  newCapacityNote: null,
  revivedCapacity: "CLEAR",
  revivedCapacityNote: null,
  substandardSteel: "CLEAR",
  substandardSteelNote: null,
  rectification: null,
  followUpDue: null,
};
const found: SteelInspectionDraft = {
  ...clear,
  revivedCapacity: "FOUND",
  revivedCapacityNote: "已拆除的轧钢线重新接电",
  rectification: "立即停产，拆除动力装置",
  followUpDue: day("2020-07-15"),
};

describe("recording a steel inspection", () => {
  it("accepts a visit with no red line found and nothing to follow up", () => {
    expect(checkSteelInspection(clear, start, now)).toEqual({ ok: true });
  });

  it("accepts a red line found with its description, a requirement and a follow-up date", () => {
    expect(checkSteelInspection(found, start, now)).toEqual({ ok: true });
    expect(redLinesFound(found)).toEqual(["已退出产能死灰复燃"]);
  });

  it.each([
    [{ revivedCapacityNote: null }, "“已退出产能死灰复燃”发现问题，请写明具体情况"],
    [{ rectification: null }, "发现红线问题的，须填写整改要求"],
    [{ followUpDue: null }, "发现红线问题的，须填写整改复查期限"],
    [{ followUpDue: day("2020-06-14") }, "复查期限不能早于巡查日期"],
    [{ inspectedOn: day("2019-12-31") }, "巡查日期不能早于本年度工作开始日期"],
    [{ inspectedOn: day("2020-07-01") }, "巡查日期不能晚于今天"],
  ] as const)("refuses a red line found with %o", (change, message) => {
    expect(checkSteelInspection({ ...found, ...change }, start, now)).toEqual({ ok: false, message });
  });

  it("asks for the description of each red line found, in the plan's order", () => {
    const all = {
      ...found,
      newCapacity: "FOUND" as const,
      substandardSteel: "FOUND" as const,
      substandardSteelNote: "仓库存有地条钢",
    };
    expect(checkSteelInspection(all, start, now)).toEqual({
      ok: false,
      message: "“违规新增钢铁产能”发现问题，请写明具体情况",
    });
    expect(redLinesFound({ ...all, newCapacityNote: "新增中频炉" } as typeof all)).toEqual([
      "违规新增钢铁产能",
      "已退出产能死灰复燃",
      "生产销售地条钢",
    ]);
  });

  it("keeps a requirement and its due date together even without a red line", () => {
    expect(checkSteelInspection({ ...clear, rectification: "完善台账" }, start, now)).toMatchObject({
      ok: false,
      message: "填写整改要求的，请同时填写复查期限",
    });
    expect(checkSteelInspection({ ...clear, followUpDue: day("2020-07-01") }, start, now)).toMatchObject({
      ok: false,
      message: "填写复查期限的，请同时填写整改要求",
    });
    expect(
      checkSteelInspection({ ...clear, rectification: "完善台账", followUpDue: day("2020-07-01") }, start, now),
    ).toEqual({ ok: true });
  });
});

describe("the follow-up", () => {
  const row = {
    inspectedOn: found.inspectedOn,
    rectification: found.rectification,
    followUpDue: found.followUpDue,
    followUpDoneOn: null,
  };

  it("is open until the due day has passed (Beijing), then overdue; done once recorded; none without a requirement", () => {
    expect(followUpState(row, now)).toBe("OPEN");
    expect(followUpState(row, new Date("2020-07-15T15:00:00Z"))).toBe("OPEN"); // 15 July 23:00 Beijing: still the due day
    expect(followUpState(row, new Date("2020-07-15T16:00:00Z"))).toBe("OVERDUE"); // 16 July 00:00 Beijing
    expect(followUpState({ ...row, followUpDoneOn: day("2020-07-10") }, new Date("2020-08-01T00:00:00Z"))).toBe("DONE");
    expect(followUpState({ ...row, rectification: null, followUpDue: null }, now)).toBe("NONE");
  });

  it("closes only with a note, dated between the visit and today, once", () => {
    expect(checkFollowUpClose(row, day("2020-06-20"), "已停产并拆除动力装置", now)).toEqual({ ok: true });
    expect(checkFollowUpClose(row, day("2020-06-20"), null, now)).toEqual({ ok: false, message: "请写明复查情况" });
    expect(checkFollowUpClose(row, day("2020-06-14"), "已整改", now)).toEqual({
      ok: false,
      message: "复查日期不能早于巡查日期",
    });
    expect(checkFollowUpClose(row, day("2020-07-01"), "已整改", now)).toEqual({
      ok: false,
      message: "复查日期不能晚于今天",
    });
    expect(
      checkFollowUpClose({ ...row, followUpDoneOn: day("2020-06-20") }, day("2020-06-21"), "再次复查", now),
    ).toMatchObject({ ok: false });
    expect(checkFollowUpClose({ ...row, rectification: null }, day("2020-06-20"), "无", now)).toEqual({
      ok: false,
      message: "该次巡查没有整改要求，无需复查",
    });
  });
});

describe("T10's progress", () => {
  const rows = [
    { ...found, followUpDoneOn: null, createdAt: new Date("2020-06-15T08:00:00Z"), unitId: 1 },
    {
      ...clear,
      inspectedOn: day("2020-05-10"),
      followUpDoneOn: null,
      createdAt: new Date("2020-05-10T08:00:00Z"),
      unitId: 2,
    },
    {
      ...clear,
      inspectedOn: day("2020-07-20"),
      followUpDoneOn: null,
      createdAt: new Date("2020-07-20T08:00:00Z"),
      unitId: 2,
    },
  ];

  it("is the line T10, whatever the year", () => {
    expect(isSteelLine({ code: "T10" })).toBe(true);
    expect(isSteelLine({ code: "T1" })).toBe(false);
  });

  it("counts one 次 per inspection dated up to the day asked, through the task-line rule", () => {
    const p = computeLineProgress({ target: null, itemIds: [] }, steelProgressEntries(rows), {
      start,
      deadline: day("2020-10-31"),
      asOf: now,
      lagPoints: 20,
    });
    expect(p).toMatchObject({ kind: "COUNT", achieved: 2, lastEntryDate: day("2020-06-15") });
  });

  it("sums red-line findings, inspections with findings and open follow-ups", () => {
    expect(summariseSteel(rows, now)).toEqual({
      inspections: 3,
      redLineFindings: 1,
      inspectionsWithFindings: 1,
      openFollowUps: 1,
    });
    const twoLines = { ...rows[0], newCapacity: "FOUND" as const, followUpDoneOn: day("2020-06-20") };
    expect(summariseSteel([twoLines], now)).toEqual({
      inspections: 1,
      redLineFindings: 2,
      inspectionsWithFindings: 1,
      openFollowUps: 0,
    });
  });
});
