import { describe, expect, it } from "vitest";

import type { FindingStatus } from "@/lib/generated/prisma/enums";
import { MAX_ROUND_DAYS } from "@/lib/inspections/limits";
import {
  checkDueDate,
  checkMayRecord,
  checkMayRemoveFile,
  checkMayReopenCase,
  checkRoundDates,
  checkRoundEditable,
  decideFinding,
  drawSample,
  fileRoleFor,
  hasRoundStarted,
  type InspectionActor,
  isFindingOverdue,
  MAX_DUE_DAYS,
} from "@/lib/inspections/rules";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
/** A moment in Beijing. */
const at = (s: string) => new Date(`${s}+08:00`);

const office: InspectionActor = { role: "OFFICE", unitId: null, departmentId: null };
const leader: InspectionActor = { role: "LEADER", unitId: null, departmentId: null };
const yjgl: InspectionActor = { role: "DEPARTMENT", unitId: null, departmentId: 5 };
const scjg: InspectionActor = { role: "DEPARTMENT", unitId: null, departmentId: 4 };
const gulin: InspectionActor = { role: "TOWNSHIP", unitId: 2, departmentId: null };
const jishigang: InspectionActor = { role: "TOWNSHIP", unitId: 1, departmentId: null };
const expert: InspectionActor = { role: "EXPERT", unitId: null, departmentId: null };

describe("round dates", () => {
  it("accepts a one-day round and the longest one", () => {
    expect(checkRoundDates(day("2020-07-01"), day("2020-07-01"))).toEqual({ ok: true });
    expect(checkRoundDates(day("2020-01-01"), day("2020-12-31"))).toEqual({ ok: true }); // 366 days in 2020
  });
  it("refuses an end before the start and a round longer than a year", () => {
    expect(checkRoundDates(day("2020-07-02"), day("2020-07-01"))).toEqual({
      ok: false,
      reason: "结束日期不能早于开始日期",
    });
    expect(checkRoundDates(day("2020-01-01"), day("2021-01-01"))).toEqual({
      ok: false,
      reason: `一次检查最长 ${MAX_ROUND_DAYS} 天`,
    });
  });
});

describe("a round starts on its first day in Beijing", () => {
  const round = { startDate: day("2020-07-01") };
  it.each([
    ["2020-06-30T23:59:59", false],
    ["2020-07-01T00:00:00", true],
    ["2020-08-01T12:00:00", true],
  ])("at %s (Beijing): %s", (moment, started) => {
    expect(hasRoundStarted(round, at(moment))).toBe(started);
  });

  it("the office edits the plan only before then; nobody else ever", () => {
    expect(checkRoundEditable(office, round, at("2020-06-30T23:00:00"))).toEqual({ ok: true });
    expect(checkRoundEditable(office, round, at("2020-07-01T08:00:00"))).toEqual({
      ok: false,
      reason: "检查已开始，计划不能再修改",
    });
    for (const actor of [leader, yjgl, gulin, expert])
      expect(checkRoundEditable(actor, round, at("2020-06-01T08:00:00")).ok).toBe(false);
  });
});

describe("who records a finding", () => {
  const round = { startDate: day("2020-07-01"), departmentIds: [5], unitIds: [1, 2] };
  const during = at("2020-07-05T10:00:00");
  it("the office and a department taking part, on a unit of the round", () => {
    expect(checkMayRecord(office, round, 2, during)).toEqual({ ok: true });
    expect(checkMayRecord(yjgl, round, 2, during)).toEqual({ ok: true });
  });
  it("never a department not taking part, the leader, a township or an expert", () => {
    for (const actor of [scjg, leader, gulin, expert]) {
      expect(checkMayRecord(actor, round, 2, during)).toEqual({
        ok: false,
        reason: "只有区工强办和参加本次检查的部门可以记录问题",
      });
    }
    expect(checkMayRecord({ ...yjgl, departmentId: null }, round, 2, during).ok).toBe(false);
  });
  it("not before the round starts, nor on a unit outside it", () => {
    expect(checkMayRecord(yjgl, round, 2, at("2020-06-30T10:00:00"))).toEqual({
      ok: false,
      reason: "检查尚未开始，不能记录问题",
    });
    expect(checkMayRecord(office, round, 3, during)).toEqual({ ok: false, reason: "该单位不在本次检查范围内" });
  });
});

describe("整改期限", () => {
  const now = at("2020-07-05T23:30:00"); // still 5 July in Beijing (15:30 UTC)
  it("must fall after today, within a year", () => {
    expect(checkDueDate(day("2020-07-05"), now)).toEqual({ ok: false, reason: "整改期限应晚于今天" });
    expect(checkDueDate(day("2020-07-04"), now).ok).toBe(false);
    expect(checkDueDate(day("2020-07-06"), now)).toEqual({ ok: true });
    expect(checkDueDate(new Date(Date.UTC(2020, 6, 5 + MAX_DUE_DAYS)), now)).toEqual({ ok: true });
    expect(checkDueDate(new Date(Date.UTC(2020, 6, 6 + MAX_DUE_DAYS)), now)).toEqual({
      ok: false,
      reason: `整改期限最长为 ${MAX_DUE_DAYS} 天`,
    });
  });
  it("an open finding is overdue the day after its due day; an answered or closed one never", () => {
    const f = (status: FindingStatus) => ({ status, dueDate: day("2020-07-10") });
    expect(isFindingOverdue(f("OPEN"), at("2020-07-10T23:00:00"))).toBe(false);
    expect(isFindingOverdue(f("OPEN"), at("2020-07-11T00:30:00"))).toBe(true);
    expect(isFindingOverdue(f("ANSWERED"), at("2020-08-01T00:00:00"))).toBe(false);
    expect(isFindingOverdue(f("CLOSED"), at("2020-08-01T00:00:00"))).toBe(false);
  });
});

describe("a finding's lifecycle", () => {
  const finding = (status: FindingStatus) => ({ status, unitId: 2 });
  it("the unit answers its own open finding; the office closes or sends back an answered one", () => {
    expect(decideFinding("ANSWER", gulin, finding("OPEN"))).toEqual({ ok: true, to: "ANSWERED" });
    expect(decideFinding("CLOSE", office, finding("ANSWERED"))).toEqual({ ok: true, to: "CLOSED" });
    expect(decideFinding("SEND_BACK", office, finding("ANSWERED"))).toEqual({ ok: true, to: "OPEN" });
  });
  it("another unit, a department, the leader or an expert never answers; only the office closes", () => {
    for (const actor of [jishigang, office, yjgl, leader, expert]) {
      expect(decideFinding("ANSWER", actor, finding("OPEN"))).toEqual({
        ok: false,
        reason: "只有被检查单位可以答复整改情况",
      });
    }
    for (const actor of [gulin, yjgl, leader, expert]) {
      expect(decideFinding("CLOSE", actor, finding("ANSWERED")).ok).toBe(false);
      expect(decideFinding("SEND_BACK", actor, finding("ANSWERED")).ok).toBe(false);
    }
  });
  it("refuses each step from the wrong state", () => {
    expect(decideFinding("ANSWER", gulin, finding("ANSWERED"))).toEqual({
      ok: false,
      reason: "该问题已答复或已销号，不能再答复",
    });
    expect(decideFinding("ANSWER", gulin, finding("CLOSED")).ok).toBe(false);
    expect(decideFinding("CLOSE", office, finding("OPEN"))).toEqual({
      ok: false,
      reason: "只有单位已答复的问题才能销号",
    });
    expect(decideFinding("CLOSE", office, finding("CLOSED")).ok).toBe(false);
    expect(decideFinding("SEND_BACK", office, finding("OPEN"))).toEqual({
      ok: false,
      reason: "只有单位已答复的问题才能退回",
    });
  });
});

describe("who adds files to a finding", () => {
  const finding = (status: FindingStatus, departmentId: number | null = 5) => ({ status, unitId: 2, departmentId });
  it("while open: its recorder (the office, or the department that recorded it) photos; the unit its evidence", () => {
    expect(fileRoleFor(office, finding("OPEN"))).toBe("FINDING");
    expect(fileRoleFor(yjgl, finding("OPEN"))).toBe("FINDING");
    expect(fileRoleFor(gulin, finding("OPEN"))).toBe("ANSWER");
  });
  it("nobody else, and nobody once answered or closed", () => {
    expect(fileRoleFor(scjg, finding("OPEN"))).toBeNull();
    expect(fileRoleFor(yjgl, finding("OPEN", null))).toBeNull();
    expect(fileRoleFor(jishigang, finding("OPEN"))).toBeNull();
    expect(fileRoleFor(leader, finding("OPEN"))).toBeNull();
    expect(fileRoleFor(expert, finding("OPEN"))).toBeNull();
    for (const status of ["ANSWERED", "CLOSED"] as const) {
      for (const actor of [office, yjgl, gulin]) expect(fileRoleFor(actor, finding(status))).toBeNull();
    }
  });
});

describe("who removes a file of a finding", () => {
  const finding = (status: FindingStatus, answeredAt: Date | null = null) => ({
    status,
    unitId: 2,
    departmentId: 5,
    answeredAt,
  });
  const photo = { role: "FINDING" as const, createdAt: at("2020-07-02T10:00:00") };
  const evidence = { role: "ANSWER" as const, createdAt: at("2020-07-05T10:00:00") };
  it("while open, the side that may add that kind of file: the recorder its photos, the unit its evidence", () => {
    expect(checkMayRemoveFile(office, finding("OPEN"), photo)).toEqual({ ok: true });
    expect(checkMayRemoveFile(yjgl, finding("OPEN"), photo)).toEqual({ ok: true });
    expect(checkMayRemoveFile(gulin, finding("OPEN"), evidence)).toEqual({ ok: true });
  });
  it("never the other side's files, nor anyone outside the finding", () => {
    expect(checkMayRemoveFile(gulin, finding("OPEN"), photo)).toEqual({
      ok: false,
      reason: "只有记录问题的一方可以删除检查照片、材料",
    });
    expect(checkMayRemoveFile(office, finding("OPEN"), evidence)).toEqual({
      ok: false,
      reason: "只有被检查单位可以删除整改证据",
    });
    expect(checkMayRemoveFile(yjgl, finding("OPEN"), evidence).ok).toBe(false);
    for (const actor of [scjg, jishigang, leader, expert]) {
      expect(checkMayRemoveFile(actor, finding("OPEN"), photo).ok).toBe(false);
      expect(checkMayRemoveFile(actor, finding("OPEN"), evidence).ok).toBe(false);
    }
  });
  it("nothing once answered or closed", () => {
    for (const status of ["ANSWERED", "CLOSED"] as const) {
      expect(checkMayRemoveFile(gulin, finding(status, at("2020-07-06T09:00:00")), evidence)).toEqual({
        ok: false,
        reason: "该问题已答复或已销号，文件不能再删除",
      });
      expect(checkMayRemoveFile(office, finding(status, at("2020-07-06T09:00:00")), photo).ok).toBe(false);
    }
  });
  it("after a send-back, only files added since the answer: what the answer was judged on stays", () => {
    const sentBack = finding("OPEN", at("2020-07-06T09:00:00"));
    expect(checkMayRemoveFile(gulin, sentBack, evidence)).toEqual({
      ok: false,
      reason: "该文件已随答复提交，不能删除",
    });
    expect(checkMayRemoveFile(office, sentBack, photo)).toEqual({ ok: false, reason: "该文件已随答复提交，不能删除" });
    expect(checkMayRemoveFile(gulin, sentBack, { role: "ANSWER", createdAt: at("2020-07-08T09:00:00") })).toEqual({
      ok: true,
    });
    expect(checkMayRemoveFile(gulin, sentBack, { role: "ANSWER", createdAt: at("2020-07-06T09:00:00") }).ok).toBe(
      false,
    );
  });
});

describe("reopening the case through a finding", () => {
  const f = { status: "OPEN" as const, caseId: "c1", reopenedCaseAt: null };
  it("the office, once, on a finding about a case not yet closed", () => {
    expect(checkMayReopenCase(office, f)).toEqual({ ok: true });
    expect(checkMayReopenCase(office, { ...f, status: "ANSWERED" })).toEqual({ ok: true });
  });
  it("refused to others, without a case, a second time, or once closed", () => {
    for (const actor of [yjgl, gulin, leader, expert])
      expect(checkMayReopenCase(actor, f)).toEqual({ ok: false, reason: "只有区工强办可以据此撤销验收" });
    expect(checkMayReopenCase(office, { ...f, caseId: null })).toEqual({
      ok: false,
      reason: "该问题不涉及具体整治对象",
    });
    expect(checkMayReopenCase(office, { ...f, reopenedCaseAt: new Date() })).toEqual({
      ok: false,
      reason: "已据此问题撤销过该整治对象的验收",
    });
    expect(checkMayReopenCase(office, { ...f, status: "CLOSED" })).toEqual({ ok: false, reason: "问题已销号" });
  });
});

describe("drawing the sample", () => {
  const cases = [
    ...Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, unitId: 1 })),
    ...Array.from({ length: 2 }, (_, i) => ({ id: `b${i}`, unitId: 2 })),
    { id: "c0", unitId: 3 },
  ];
  it("takes `size` cases of each chosen unit (all of a unit with fewer), none of other units", () => {
    const sample = drawSample(cases, [1, 2], 3, "round-1");
    expect(sample.filter((c) => c.unitId === 1)).toHaveLength(3);
    expect(
      sample
        .filter((c) => c.unitId === 2)
        .map((c) => c.id)
        .sort(),
    ).toEqual(["b0", "b1"]);
    expect(sample.some((c) => c.unitId === 3)).toBe(false);
    expect(new Set(sample.map((c) => c.id)).size).toBe(sample.length);
  });
  it("is the same for the same seed whatever the order of the cases, and differs between seeds", () => {
    const first = drawSample(cases, [1], 3, "round-1").map((c) => c.id);
    expect(drawSample([...cases].reverse(), [1], 3, "round-1").map((c) => c.id)).toEqual(first);
    const seeds = Array.from({ length: 8 }, (_, i) =>
      drawSample(cases, [1], 3, `round-${i}`)
        .map((c) => c.id)
        .join(),
    );
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
  it("draws nothing for size 0", () => {
    expect(drawSample(cases, [1, 2, 3], 0, "round-1")).toEqual([]);
  });
});
