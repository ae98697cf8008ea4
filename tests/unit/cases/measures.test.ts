import { describe, expect, it } from "vitest";

import {
  decideRecordMeasure,
  mayRecordMeasure,
  MEASURE_KINDS,
  type MeasureActor,
  measureDimensions,
  needsDeadline,
  ordersOwnMeasures,
} from "@/lib/cases/measures";
import { measureKindLabel } from "@/lib/labels";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const c = { unitId: 1, dimensions: ["ENERGY", "SAFETY"] as const };
const draft = {
  kind: "ORDER_CORRECTION" as const,
  dimension: "ENERGY" as const,
  date: day("2020-05-01"),
  deadline: null,
  departmentId: 7,
};
const township: MeasureActor = { role: "TOWNSHIP", unitId: 1, departmentId: null, leadDimensions: [] };
const otherTownship: MeasureActor = { ...township, unitId: 2 };
const fgj: MeasureActor = {
  role: "DEPARTMENT",
  unitId: null,
  departmentId: 3,
  leadDimensions: ["ENERGY", "INDUSTRIAL_POLICY"],
};
const sthj: MeasureActor = { role: "DEPARTMENT", unitId: null, departmentId: 4, leadDimensions: ["ENVIRONMENT"] };
const office: MeasureActor = { role: "OFFICE", unitId: null, departmentId: 1, leadDimensions: [] };
const leader: MeasureActor = { role: "LEADER", unitId: null, departmentId: null, leadDimensions: [] };

describe("measure kinds", () => {
  it("lists the measures of the work plan (with 查处无证生产), only 限期整改 with a deadline", () => {
    expect(MEASURE_KINDS.map((k) => measureKindLabel[k])).toEqual([
      "责令改正",
      "限期整改",
      "限制生产",
      "停产整治",
      "责令停业与限期整顿",
      "公告",
      "复查",
      "吊销营业执照",
      "关闭",
      "注销生产许可证",
      "查处无证生产",
    ]);
    expect(MEASURE_KINDS.filter(needsDeadline)).toEqual(["RECTIFY_BY_DEADLINE"]);
  });
});

describe("who may record a measure on a case", () => {
  it("the case's own township, naming the ordering department", () => {
    expect(decideRecordMeasure(township, c, draft)).toEqual({ ok: true, departmentId: 7 });
    expect(decideRecordMeasure(otherTownship, c, draft)).toMatchObject({
      ok: false,
      reason: "只能为本单位的整治对象记录执法措施",
    });
  });

  it("a department only in the dimensions it leads, always as itself", () => {
    expect(decideRecordMeasure(fgj, c, draft)).toEqual({ ok: true, departmentId: 3 });
    expect(decideRecordMeasure(fgj, c, { ...draft, dimension: "SAFETY" })).toMatchObject({ ok: false });
    expect(decideRecordMeasure(sthj, c, { ...draft, dimension: "ENVIRONMENT" })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("不涉及"),
    });
    expect(decideRecordMeasure({ ...fgj, departmentId: null }, c, draft)).toMatchObject({ ok: false });
  });

  it("the office on any case; the leader never", () => {
    expect(decideRecordMeasure(office, c, { ...draft, dimension: "SAFETY" })).toEqual({ ok: true, departmentId: 7 });
    expect(decideRecordMeasure(leader, c, draft)).toMatchObject({ ok: false });
  });

  it("only in a dimension the case involves", () => {
    expect(decideRecordMeasure(office, c, { ...draft, dimension: "QUALITY" })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("不涉及所选方面"),
    });
  });
});

describe("deadlines", () => {
  const order = { ...draft, kind: "RECTIFY_BY_DEADLINE" as const };
  it("限期整改 needs a deadline, not before the measure's date", () => {
    expect(decideRecordMeasure(township, c, order)).toMatchObject({ ok: false, reason: "限期整改须填写整改期限" });
    expect(decideRecordMeasure(township, c, { ...order, deadline: day("2020-04-30") })).toMatchObject({
      ok: false,
      reason: "整改期限不能早于措施日期",
    });
    expect(decideRecordMeasure(township, c, { ...order, deadline: day("2020-05-01") })).toMatchObject({ ok: true });
    expect(decideRecordMeasure(township, c, { ...order, deadline: day("2020-07-31") })).toMatchObject({ ok: true });
  });

  it.each(MEASURE_KINDS.filter((k) => !needsDeadline(k)))("%s refuses a deadline and needs none", (kind) => {
    expect(decideRecordMeasure(township, c, { ...draft, kind })).toMatchObject({ ok: true });
    expect(decideRecordMeasure(township, c, { ...draft, kind, deadline: day("2020-07-31") })).toMatchObject({
      ok: false,
      reason: "只有限期整改填写整改期限",
    });
  });
});

describe("which dimensions the case page offers for a measure", () => {
  it("offers the own township and the office every dimension of the case, a department those it leads, nobody else any", () => {
    expect(measureDimensions(township, c)).toEqual(["ENERGY", "SAFETY"]);
    expect(measureDimensions(office, c)).toEqual(["ENERGY", "SAFETY"]);
    expect(measureDimensions(fgj, c)).toEqual(["ENERGY"]);
    expect(measureDimensions(sthj, c)).toEqual([]);
    expect(measureDimensions(otherTownship, c)).toEqual([]);
    expect(measureDimensions(leader, c)).toEqual([]);
  });

  it("agrees with the server's decision for every actor and dimension", () => {
    for (const actor of [township, otherTownship, fgj, sthj, office, leader]) {
      for (const dimension of ["ENERGY", "SAFETY", "ENVIRONMENT"] as const) {
        expect(mayRecordMeasure(actor, c, dimension)).toBe(decideRecordMeasure(actor, c, { ...draft, dimension }).ok);
      }
    }
  });

  it("lets only a department's form fix the ordering department to itself", () => {
    expect([township, fgj, office].map(ordersOwnMeasures)).toEqual([false, true, false]);
  });
});
