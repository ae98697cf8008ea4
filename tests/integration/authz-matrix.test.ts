// The authorisation matrix: every server action and every route handler of the app (found by scanning
// the code, as the anonymous test does), called by nobody, by each role, and by a unit / department
// other than the one owning the record, always with a valid payload naming 集士港镇's or 区发改局's
// records. "Who may" is declared below per action; everyone else must be refused and leave the
// database and the upload directory exactly as they were. A new action or route fails the first
// test until it is added here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { prisma } from "@/server/db";

import { fixClock } from "../helpers/clock";
import { changed, snapshot } from "../helpers/db-snapshot";
import { creditCode, HAISHU, HAISHU_DISTRICT_ID } from "../helpers/fixtures";
import { findingFileOf, findingOf, roundOf } from "../helpers/inspection-fixtures";
import { importRequest, ledgerFile, ledgerRow } from "../helpers/ledger-files";
import {
  accountOf,
  type Actor,
  ACTORS,
  caseOf,
  CITY_ACTORS,
  contributionOf,
  DISTRICT_B_MARK,
  districtB,
  districtTargetWorkbook,
  equipmentRow,
  evidenceRow,
  fgj,
  freeTargetYear,
  freeYear,
  getRequest,
  interviewOf,
  jishigang,
  JISHIGANG_MARK,
  licenceCaseOf,
  multipartRequest,
  mustChangeAccount,
  notificationOf,
  opinionFileOf,
  OTHER_DISTRICT_ACTORS,
  outcomeOf,
  OUTSIDER_MARK,
  outsiderMarks,
  params,
  pastCampaignOf,
  photo,
  progressOf,
  quotaWorkbook,
  referralOf,
  referredFindingFileOf,
  returnVisitOf,
  steelInspectionOf,
  targetLineOf,
  taskLineOf,
  tipOf,
  USERNAMES,
} from "../helpers/matrix-fixtures";
import { HTTP_METHODS, routeHandlerFiles } from "../helpers/route-handlers";
import { serverActionFiles } from "../helpers/server-actions";
import { asUser } from "../helpers/session";
import { unzip } from "../helpers/unzip";

// Due dates of findings and rounds to come are counted from today: a fixed one.
fixClock();

type Fixture = Record<string, unknown>;
type ActionResult = { ok: boolean; code?: string };

type Rule = {
  /** Who may, in words (the rule the code enforces). */
  who: string;
  /** Actors who may do it: the call must succeed (or fail only with `allowedCode`, e.g. a missing document). */
  allow: readonly Actor[];
  /** Actors who may call it but must not change the other scope's record (e.g. marking another's notification read). */
  noop?: readonly Actor[];
  /** A fresh record of 集士港镇 / 区发改局 for the call to name. */
  fixture: () => Promise<Fixture>;
  /** Besides UNAUTHENTICATED/FORBIDDEN/NOT_FOUND, a refusal this entry gives (a business rule naming the other scope). */
  refusedAs?: string;
  allowedCode?: string;
  /** Further checks on an allowed call's effect. */
  check?: (f: Fixture, actor: { unitId: number | null }, result: unknown) => Promise<void>;
};
type ActionRule = Rule & { payload: (f: Fixture) => unknown };
type RouteRule = Rule & {
  request: (f: Fixture) => Promise<Request> | Request;
  id?: (f: Fixture) => string;
  /** The route's parameters when it has more than an [id] (the city's drill-down: [code] and [id]). */
  params?: (f: Fixture) => Record<string, string>;
  allowedStatus?: number[];
};
type Skipped = { skip: string };

const F = <T>(f: Fixture, k: string) => f[k] as T;
const caseIdVersion = (f: Fixture) => ({
  caseId: F<{ id: string }>(f, "case").id,
  version: F<{ version: number }>(f, "case").version,
});
const tipIdVersion = (f: Fixture) => ({
  tipId: F<{ id: string }>(f, "tip").id,
  version: F<{ version: number }>(f, "tip").version,
});
/** A file of the fixture and the version of its record (`owner`: the finding or the referral). */
const fileIdVersion = (owner: string) => (f: Fixture) => ({
  fileId: F<{ id: string }>(f, "file").id,
  version: F<{ version: number }>(f, owner).version,
});
const withCase = (status: Parameters<typeof caseOf>[0]) => async () => ({ case: await caseOf(status) });
const withTip = (status: Parameters<typeof tipOf>[0]) => async () => ({ tip: await tipOf(status) });
/** A 集士港镇 ENERGY case whose 限期整改 (ordered by 区发改局) ran out on 2020-06-30, optionally with a document on it. */
const overdueCase = async () => {
  const c = await caseOf("IN_PROGRESS");
  const [department, recorder] = await Promise.all([
    fgj(),
    prisma.user.findUniqueOrThrow({ where: { username: "fgj" } }),
  ]);
  const measure = await prisma.caseMeasure.create({
    data: {
      caseId: c.id,
      kind: "RECTIFY_BY_DEADLINE",
      dimension: "ENERGY",
      departmentId: department.id,
      date: new Date("2020-05-01"),
      deadline: new Date("2020-06-30"),
      recordedById: recorder.id,
    },
  });
  return {
    case: await prisma.case.update({ where: { id: c.id }, data: { measureDeadline: new Date("2020-06-30") } }),
    measure,
  };
};
/** An anonymous tip of 集士港镇 being verified (too little to go on). */
const anonymousTip = async () => ({
  tip: await prisma.tip.update({
    where: { id: (await tipOf("ASSIGNED")).id },
    data: { reporterName: null, reporterPhone: null },
  }),
});

/** A city 通报 (docs/domain.md §市级) naming 海曙区, not yet signed for (its document rendered from the record). */
let cityCircularSerial = 0;
const cityCircularOfHaishu = async () => {
  const [city, issuer] = await Promise.all([
    prisma.city.findFirstOrThrow(),
    prisma.user.findUniqueOrThrow({ where: { username: "office" } }),
  ]);
  const circular = await prisma.cityCircular.create({
    data: {
      cityId: city.id,
      year: 2020,
      title: "关于进展滞后区县（市）的通报",
      body: "海曙区工作进展滞后。",
      date: new Date("2020-07-01"),
      dataDate: new Date("2020-06-30"),
      figures: { at: "2020-06-30T15:59:59.999Z", year: 2020, districts: [] },
      referenceNo: `甬工强办〔2019〕${++cityCircularSerial}号`,
      recipients: "",
      issuedById: issuer.id,
      districts: { create: { districtId: HAISHU_DISTRICT_ID } },
    },
  });
  return { circular };
};

/** Server actions, by `file#export`. */
const ACTIONS: Record<string, ActionRule | ActionRule[]> = {
  "server/cases/actions/register-case.ts#registerCase": [
    {
      who: "any township officer, always for their own unit (a unitId in the payload is ignored)",
      allow: ["township", "otherTownship"],
      fixture: async () => ({ unitId: (await jishigang()).id }),
      payload: (f) => ({
        enterpriseName: "矩阵新登记企业",
        creditCode: creditCode(),
        industry: "FOUNDRY",
        category: "ELIMINATION",
        disposalPath: "DISMANTLED",
        dimensions: ["ENERGY"],
        unitId: f.unitId,
      }),
      check: async (_f, actor, result) => {
        const c = await prisma.case.findUniqueOrThrow({ where: { id: (result as { data: { id: string } }).data.id } });
        expect(c.unitId).toBe(actor.unitId);
      },
    },
    {
      who: "the unit owning an enterprise registers it again; another unit is refused its credit code",
      allow: ["township"],
      refusedAs: "CONFLICT",
      fixture: async () => {
        const c = await caseOf("IN_PROGRESS");
        return { case: c, enterprise: await prisma.enterprise.findUniqueOrThrow({ where: { id: c.enterpriseId } }) };
      },
      payload: (f) => ({
        enterpriseName: "借用信用代码",
        industry: "FOUNDRY",
        category: "RECTIFICATION",
        dimensions: ["ENERGY"],
        creditCode: (f.enterprise as { creditCode: string }).creditCode,
      }),
    },
  ],
  "server/cases/actions/update-case.ts#updateCase": {
    who: "the case's own township",
    allow: ["township"],
    fixture: withCase("IN_PROGRESS"),
    payload: (f) => ({ ...caseIdVersion(f), dimensions: ["ENERGY", "SAFETY"], disposalPath: "DISMANTLED" }),
  },
  "server/cases/actions/submit-case.ts#submitCase": {
    who: "the case's own township (here refused only for the missing documents)",
    allow: ["township"],
    allowedCode: "INVALID",
    fixture: withCase("IN_PROGRESS"),
    payload: caseIdVersion,
  },
  "server/cases/actions/accept-case.ts#acceptCase": {
    who: "the office and the lead department of the case's dimension; never the case's own township",
    allow: ["office", "department"],
    fixture: withCase("SUBMITTED"),
    payload: caseIdVersion,
  },
  "server/cases/actions/return-case.ts#returnCase": {
    who: "the office and the lead department of the case's dimension",
    allow: ["office", "department"],
    fixture: withCase("SUBMITTED"),
    payload: (f) => ({ ...caseIdVersion(f), reason: "照片不清晰" }),
  },
  "server/cases/actions/reopen-case.ts#reopenCase": {
    who: "the office only",
    allow: ["office"],
    fixture: withCase("ACCEPTED"),
    payload: (f) => ({ ...caseIdVersion(f), reason: "回访发现恢复生产" }),
  },
  "server/cases/actions/assign-policy-department.ts#assignPolicyDepartment": {
    who: "the office only (T9: which of 区发改局、区经信局 reviews and counts the case)",
    allow: ["office"],
    fixture: async () => ({
      ...(await withCase("ACCEPTED")()),
      departmentId: (
        await prisma.department.findFirstOrThrow({ where: { code: "JXJ", districtId: HAISHU_DISTRICT_ID } })
      ).id,
    }),
    payload: (f) => ({ ...caseIdVersion(f), departmentId: f.departmentId, reason: "属工信部产业政策条目" }),
  },
  "server/cases/actions/record-measure.ts#recordMeasure": {
    who: "the case's own township, the lead department of the measure's dimension, the office",
    allow: ["office", "department", "township"],
    fixture: async () => ({ ...(await withCase("IN_PROGRESS")()), departmentId: (await fgj()).id }),
    payload: (f) => ({
      caseId: F<{ id: string }>(f, "case").id,
      kind: "ORDER_CORRECTION",
      dimension: "ENERGY",
      departmentId: f.departmentId,
      date: "2020-06-01",
      reference: "海发改〔2020〕1号",
    }),
  },
  "server/cases/actions/escalate-case.ts#escalateCase": {
    who: "the office and the lead department of the dimension (能耗: 区发改局), once the 限期整改 is overdue",
    allow: ["office", "department"],
    fixture: overdueCase,
    payload: (f) => ({ ...caseIdVersion(f), dimension: "ENERGY", reason: "限期整改期满仍未达标，依法关停退出" }),
  },
  "server/tips/actions/close-tip-unverifiable.ts#closeTipUnverifiable": {
    who: "the office only",
    allow: ["office"],
    fixture: anonymousTip,
    payload: (f) => ({ ...tipIdVersion(f), reason: "匿名举报地址不详，现场查无此作坊" }),
  },
  "server/settings/actions/save-policy-basis.ts#savePolicyBasis": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({
      basis: await prisma.policyBasis.create({
        data: { name: `矩阵政策依据${Math.random().toString(36).slice(2)}`, displayOrder: 900, ...HAISHU },
      }),
    }),
    payload: (f) => ({ policyBasisId: F<{ id: number }>(f, "basis").id, active: false }),
  },
  "server/settings/actions/set-policy-issuer.ts#setPolicyIssuer": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({
      basis: await prisma.policyBasis.create({
        data: {
          name: `矩阵发布机关${Math.random().toString(36).slice(2)}`,
          displayOrder: 901,
          issuer: "NDRC_CATALOGUE",
          ...HAISHU,
        },
      }),
    }),
    payload: (f) => ({ policyBasisId: F<{ id: number }>(f, "basis").id, version: 1, issuer: "MIIT" }),
  },
  "server/evidence/actions/remove-evidence.ts#removeEvidence": {
    who: "the case's own township while the case is open",
    allow: ["township"],
    fixture: async () => evidenceRow(),
    payload: (f) => ({
      evidenceId: F<{ id: string }>(f, "evidence").id,
      caseVersion: F<{ version: number }>(f, "case").version,
    }),
  },
  "server/equipment/actions/add-equipment.ts#addEquipment": {
    who: "the case's own township while the case is open",
    allow: ["township"],
    fixture: withCase("IN_PROGRESS"),
    payload: (f) => ({
      caseId: F<{ id: string }>(f, "case").id,
      caseVersion: F<{ version: number }>(f, "case").version,
      name: "冲天炉",
      model: "",
      quantity: 1,
      capacity: 3,
      capacityUnit: "吨/小时",
      disposition: "TRANSFERRED",
      destination: "江西省萍乡市",
      evidenceId: "",
    }),
  },
  "server/equipment/actions/update-equipment.ts#updateEquipment": {
    who: "the case's own township while the case is open",
    allow: ["township"],
    fixture: equipmentRow,
    payload: (f) => ({
      equipmentId: F<{ id: string }>(f, "equipment").id,
      version: F<{ version: number }>(f, "equipment").version,
      caseVersion: F<{ version: number }>(f, "case").version,
      name: "中频感应电炉",
      model: "GW-1.0T",
      quantity: 3,
      capacity: 750,
      capacityUnit: "kW",
      disposition: "SEALED_ON_SITE",
      destination: "",
      evidenceId: F<{ id: string }>(f, "evidence").id,
    }),
  },
  "server/equipment/actions/remove-equipment.ts#removeEquipment": {
    who: "the case's own township while the case is open",
    allow: ["township"],
    fixture: equipmentRow,
    payload: (f) => ({
      equipmentId: F<{ id: string }>(f, "equipment").id,
      version: F<{ version: number }>(f, "equipment").version,
      caseVersion: F<{ version: number }>(f, "case").version,
    }),
  },
  "server/punishment/actions/confirm-punishment.ts#confirmPunishment": {
    who: "the office only (a case not submitted by the deadline, per the snapshot)",
    allow: ["office"],
    fixture: async () => {
      const c = await caseOf("RETURNED");
      await prisma.deadlineSnapshotRun.upsert({
        where: { campaignId: c.campaignId },
        create: { campaignId: c.campaignId },
        update: {},
      });
      await prisma.deadlineSnapshot.create({ data: { campaignId: c.campaignId, caseId: c.id, status: "RETURNED" } });
      return { case: c };
    },
    payload: (f) => ({ caseId: F<{ id: string }>(f, "case").id }),
  },
  "server/tasks/actions/adjust-task-line.ts#adjustTaskLine": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({ line: await taskLineOf("INSPECTION") }),
    payload: (f) => ({
      taskLineId: F<{ id: number }>(f, "line").id,
      version: 0,
      target: "",
      deadline: "2020-11-30",
      reason: "按区政府要求提前",
    }),
  },
  "server/tasks/actions/record-progress.ts#recordTaskProgress": {
    who: "a department leading the line, and every township (its own unit's contribution, pending confirmation)",
    allow: ["department", "township", "otherTownship"],
    check: async (_f, actor, result) => {
      const row = await prisma.taskProgress.findUniqueOrThrow({
        where: { id: (result as { data: { id: string } }).data.id },
      });
      expect([row.unitId, row.status]).toEqual(actor.unitId === null ? [null, null] : [actor.unitId, "PENDING"]);
    },
    fixture: async () => ({ line: await taskLineOf("INSPECTION") }),
    payload: (f) => ({ taskLineId: F<{ id: number }>(f, "line").id, date: "2020-06-02", value: "1", note: "巡查" }),
  },
  "server/tasks/actions/mark-task-item.ts#markTaskItem": {
    who: "a department leading the line",
    allow: ["department"],
    fixture: async () => ({ line: await taskLineOf("ITEM") }),
    payload: (f) => ({
      itemId: F<{ items: { id: number }[] }>(f, "line").items[0].id,
      done: true,
      date: "2020-06-02",
      note: "",
    }),
  },
  "server/tasks/actions/correct-progress.ts#correctTaskProgress": [
    {
      who: "the entry's author, on a line their department leads",
      allow: ["department"],
      fixture: async () => ({ entry: await progressOf() }),
      payload: (f) => ({
        progressId: F<{ id: string }>(f, "entry").id,
        version: 0,
        date: "2020-06-03",
        value: "2",
        note: "更正",
      }),
    },
    {
      who: "a unit's contribution not yet confirmed: its own township only",
      allow: ["township"],
      fixture: async () => ({ entry: await contributionOf() }),
      payload: (f) => ({
        progressId: F<{ id: string }>(f, "entry").id,
        version: 0,
        date: "2020-06-03",
        value: "2",
        note: "更正",
      }),
    },
  ],
  "server/tasks/actions/review-contribution.ts#reviewContribution": {
    who: "the department leading the line, and the office",
    allow: ["office", "department"],
    fixture: async () => ({ entry: await contributionOf() }),
    payload: (f) => ({ progressId: F<{ id: string }>(f, "entry").id, version: 0, decision: "CONFIRM" }),
    check: async (f) => {
      expect(
        (await prisma.taskProgress.findUniqueOrThrow({ where: { id: F<{ id: string }>(f, "entry").id } })).status,
      ).toBe("CONFIRMED");
    },
  },
  "server/tasks/actions/set-shares.ts#setTaskLineShares": {
    who: "the department leading the line, and the office",
    allow: ["office", "department"],
    fixture: async () => ({ line: await targetLineOf(), unitId: (await jishigang()).id }),
    payload: (f) => ({ taskLineId: F<{ id: number }>(f, "line").id, shares: [{ unitId: f.unitId, target: "3" }] }),
  },
  "server/steel/actions/record-steel-inspection.ts#recordSteelInspection": {
    who: "区发改局 (T10's lead) and the office; other departments, townships and the leader never",
    allow: ["office", "department"],
    fixture: async () => ({ enterprise: (await steelInspectionOf()).enterpriseId }),
    payload: (f) => ({
      enterpriseId: f.enterprise,
      inspectedOn: "2020-06-02",
      inspectors: "区发改局 张三",
      newCapacity: "FOUND",
      newCapacityNote: "新增中频炉一台",
      revivedCapacity: "CLEAR",
      substandardSteel: "CLEAR",
      finding: "发现违规新增产能",
      rectification: "拆除新增中频炉",
      followUpDue: "2020-07-02",
    }),
    check: async (f, _actor, result) => {
      const row = await prisma.steelInspection.findUniqueOrThrow({
        where: { id: (result as { data: { id: string } }).data.id },
        include: { taskLine: true },
      });
      expect([row.enterpriseId, row.taskLine.code]).toEqual([f.enterprise, "T10"]);
    },
  },
  "server/steel/actions/close-steel-follow-up.ts#closeSteelFollowUp": {
    who: "区发改局 (T10's lead) and the office",
    allow: ["office", "department"],
    fixture: async () => ({ inspection: await steelInspectionOf() }),
    payload: (f) => ({
      id: F<{ id: string }>(f, "inspection").id,
      version: 0,
      followUpDoneOn: "2020-07-01",
      followUpNote: "已停产，动力装置已拆除",
    }),
  },
  "server/licences/actions/record-licence-cancellation.ts#recordLicenceCancellation": {
    // 区市场监管局 is none of the matrix's actors: everyone here is refused (its own use is tested in licences.test.ts).
    who: "区市场监管局 only",
    allow: [],
    fixture: async () => licenceCaseOf({ recorded: false }),
    payload: (f) => ({
      caseId: F<{ id: string }>(f, "case").id,
      cancelledOn: "2020-07-01",
      documentNumber: "海市监许注〔2020〕1号",
    }),
  },
  "server/licences/actions/update-production-licence.ts#updateProductionLicence": {
    who: "the enterprise's own township, the office (and 区市场监管局)",
    allow: ["office", "township"],
    fixture: async () => ({ enterprise: (await licenceCaseOf({ recorded: false })).enterprise }),
    payload: (f) => ({ enterpriseId: F<{ id: string }>(f, "enterprise").id, productionLicence: "SC999" }),
  },
  "server/supervision/actions/issue-circular.ts#issueCircular": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({ unitId: (await jishigang()).id }),
    payload: (f) => ({
      unitIds: [f.unitId],
      title: "关于进度滞后的通报",
      body: "集士港镇进度滞后，请抓紧。",
      date: "2020-07-01",
    }),
  },
  "server/city/actions/issue-city-circular.ts#issueCityCircular": {
    who: "the city office only (市级通报 to lagging districts)",
    allow: ["cityOffice"],
    fixture: async () => ({}),
    payload: () => ({
      year: 2020,
      districtIds: [HAISHU_DISTRICT_ID],
      title: "关于进展滞后区县（市）的通报",
      body: "海曙区工作进展滞后，请抓紧。",
      date: "2020-07-01",
    }),
  },
  "server/city/actions/acknowledge-city-circular.ts#acknowledgeCityCircular": {
    who: "the office of the district named in the city 通报 (签收)",
    allow: ["office"],
    fixture: cityCircularOfHaishu,
    payload: (f) => ({ circularId: F<{ id: string }>(f, "circular").id }),
  },
  "server/documents/actions/publish-briefing.ts#publishBriefing": {
    who: "the office only (工作简报 of a month that is over)",
    allow: ["office"],
    fixture: async () => ({}),
    payload: () => ({ month: "2020-06" }),
  },
  "server/supervision/actions/issue-interview.ts#issueInterview": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({ unitId: (await jishigang()).id }),
    payload: (f) => ({
      unitId: f.unitId,
      date: "2020-07-01",
      participants: "镇分管领导",
      body: "进度滞后原因不清",
      commitments: "月底前完成",
      followUpDate: "2020-08-01",
    }),
  },
  "server/supervision/actions/complete-follow-up.ts#completeFollowUp": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({ notice: await interviewOf() }),
    payload: (f) => ({ noticeId: F<{ id: string }>(f, "notice").id }),
  },
  "server/supervision/actions/acknowledge-notice.ts#acknowledgeNotice": {
    who: "the township named in the notice",
    allow: ["township"],
    fixture: async () => ({ notice: await interviewOf() }),
    payload: (f) => ({ noticeId: F<{ id: string }>(f, "notice").id }),
  },
  "server/return-visits/actions/record-return-visit.ts#recordReturnVisit": {
    who: "the office, or a department with the case in its remit (区发改局) — never the township of the case (it may accompany)",
    allow: ["office", "department"],
    fixture: async () => ({ task: await returnVisitOf({ withPhoto: true }) }),
    payload: (f) => ({
      id: F<{ id: string }>(f, "task").id,
      version: 0,
      visitedOn: "2020-07-05",
      result: "COMPLIANT",
      note: "未发现恢复生产",
    }),
  },
  "server/return-visits/actions/schedule-return-visits.ts#scheduleReturnVisits": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({}),
    payload: () => ({}),
  },
  "server/units/actions/update-contact.ts#updateUnitContact": {
    who: "the office, and the unit's own township",
    allow: ["office", "township"],
    fixture: async () => ({ unit: await jishigang() }),
    payload: (f) => ({
      unitId: F<{ id: number }>(f, "unit").id,
      version: F<{ version: number }>(f, "unit").version,
      contactName: "张三",
      contactPhone: "13800000000",
    }),
  },
  "server/units/actions/create-unit.ts#createUnit": {
    who: "the office only (单位管理), into its own district",
    allow: ["office"],
    fixture: async () => {
      const n = 150 + (await prisma.unit.count({ where: { districtId: HAISHU_DISTRICT_ID } }));
      return { name: `矩阵${n}镇`, code: `330203${n}` };
    },
    payload: (f) => ({ name: f.name, kind: "TOWN", code: f.code, displayOrder: 90 }),
    check: async (f) => {
      const u = await prisma.unit.findUniqueOrThrow({ where: { code: f.code as string } });
      expect(u).toMatchObject({ name: f.name, districtId: HAISHU_DISTRICT_ID });
    },
  },
  "server/units/actions/update-unit.ts#updateUnit": {
    who: "the office only (单位管理), for its own district's units",
    allow: ["office"],
    fixture: async () => ({ unit: await jishigang() }),
    payload: (f) => ({
      unitId: F<{ id: number }>(f, "unit").id,
      version: F<{ version: number }>(f, "unit").version,
      name: "集士港镇",
      displayOrder: F<{ displayOrder: number }>(f, "unit").displayOrder,
    }),
  },
  "server/notifications/actions/mark-notifications-read.ts#markNotificationsRead": {
    who: "anyone signed in, for their own notifications only",
    allow: ["township"],
    noop: ["office", "leader", "department", "otherDepartment", "otherTownship", "expert"],
    fixture: async () => ({ notification: await notificationOf() }),
    payload: (f) => ({ id: F<{ id: string }>(f, "notification").id }),
    check: async (f) => {
      expect(
        (await prisma.notification.findUniqueOrThrow({ where: { id: F<{ id: string }>(f, "notification").id } }))
          .readAt,
      ).toBeInstanceOf(Date);
    },
  },
  "server/notifications/actions/save-delivery-setting.ts#saveDeliverySetting": [
    {
      who: "the office only (用户管理): an account's e-mail and robot",
      allow: ["office"],
      fixture: async () => {
        const account = await accountOf();
        return {
          setting: await prisma.deliverySetting.create({ data: { userId: account.id, email: "old@haishu.test" } }),
        };
      },
      payload: (f) => ({
        userId: F<{ userId: string }>(f, "setting").userId,
        version: F<{ version: number }>(f, "setting").version,
        email: "matrix@haishu.test",
        mode: "DAILY",
        categories: [],
      }),
      check: async (f) => {
        const { id } = F<{ id: number }>(f, "setting");
        expect(await prisma.deliverySetting.findUniqueOrThrow({ where: { id } })).toMatchObject({
          email: "matrix@haishu.test",
          mode: "DAILY",
        });
      },
    },
    {
      who: "the office only (用户管理): a unit's group robot",
      allow: ["office"],
      fixture: async () => {
        const unitId = (await jishigang()).id;
        return {
          setting: await prisma.deliverySetting.upsert({ where: { unitId }, create: { unitId }, update: {} }),
        };
      },
      payload: (f) => ({
        unitId: F<{ unitId: number }>(f, "setting").unitId,
        version: F<{ version: number }>(f, "setting").version,
        webhookUrl: "https://oapi.dingtalk.com/robot/send?access_token=matrix",
        mode: "IMMEDIATE",
        categories: ["CASE"],
      }),
    },
  ],
  "server/notifications/actions/send-test-delivery.ts#sendTestDelivery": {
    who: "the office only (用户管理: 发送测试消息)",
    allow: ["office"],
    fixture: async () => {
      const account = await accountOf();
      await prisma.deliverySetting.create({ data: { userId: account.id, email: "test@haishu.test" } });
      return { account };
    },
    payload: (f) => ({ userId: F<{ id: string }>(f, "account").id }),
    check: async (f) => {
      const rows = await prisma.notificationDelivery.findMany({
        where: { setting: { userId: F<{ id: string }>(f, "account").id } },
      });
      expect(rows.map((r) => [r.channel, r.status, r.target])).toEqual([["EMAIL", "PENDING", "test@haishu.test"]]);
    },
  },
  "server/notifications/actions/resend-delivery.ts#resendDelivery": {
    who: "the office only (通知投递)",
    allow: ["office"],
    fixture: async () => {
      const account = await accountOf();
      const setting = await prisma.deliverySetting.create({ data: { userId: account.id, email: "m@haishu.test" } });
      const delivery = await prisma.notificationDelivery.create({
        data: {
          settingId: setting.id,
          channel: "EMAIL",
          target: "m@haishu.test",
          category: "CASE",
          text: "整治对象被退回：矩阵企业",
          href: "/cases",
          status: "FAILED",
          attempts: 6,
          lastError: "邮件发送失败",
        },
      });
      return { delivery };
    },
    payload: (f) => ({
      deliveryId: F<{ id: string }>(f, "delivery").id,
      version: F<{ version: number }>(f, "delivery").version,
    }),
    check: async (f) => {
      const row = await prisma.notificationDelivery.findUniqueOrThrow({
        where: { id: F<{ id: string }>(f, "delivery").id },
      });
      expect(row).toMatchObject({ status: "PENDING", attempts: 0 });
    },
  },
  "server/settings/actions/save-outcome.ts#saveOutcome": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({ outcome: await outcomeOf() }),
    payload: (f) => ({ outcomeId: F<{ id: number }>(f, "outcome").id, active: false }),
  },
  "server/settings/actions/update-campaign.ts#updateCampaign": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({ campaign: await pastCampaignOf() }),
    payload: (f) => {
      const c = F<{ id: number; version: number; year: number }>(f, "campaign");
      return { campaignId: c.id, version: c.version, deadline: `${c.year}-11-30`, lagThresholdPoints: 15 };
    },
  },
  "server/campaigns/actions/create-campaign.ts#createCampaign": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({
      from: await prisma.campaign.findFirstOrThrow({ where: { year: 2020, districtId: HAISHU_DISTRICT_ID } }),
      year: await freeYear(),
    }),
    payload: (f) => ({
      fromCampaignId: F<{ id: number }>(f, "from").id,
      year: f.year,
      title: `${f.year}年矩阵新年度`,
      startDate: `${f.year}-01-01`,
      deadline: `${f.year}-12-31`,
    }),
  },
  "server/campaigns/actions/update-campaign-dates.ts#updateCampaignDates": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({ campaign: await pastCampaignOf() }),
    payload: (f) => {
      const c = F<{ id: number; version: number; year: number }>(f, "campaign");
      return {
        campaignId: c.id,
        version: c.version,
        title: "矩阵改名",
        startDate: `${c.year}-02-01`,
        deadline: `${c.year}-11-30`,
      };
    },
  },
  "server/campaigns/actions/save-quotas.ts#saveQuotas": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({ campaign: await pastCampaignOf(), unitId: (await jishigang()).id }),
    payload: (f) => {
      const c = F<{ id: number; version: number }>(f, "campaign");
      return {
        campaignId: c.id,
        version: c.version,
        cells: [{ unitId: f.unitId, category: "ELIMINATION", target: 4 }],
      };
    },
  },
  "server/campaigns/actions/set-current-campaign.ts#setCurrentCampaign": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({
      campaign: await prisma.campaign.findFirstOrThrow({ where: { isCurrent: true, districtId: HAISHU_DISTRICT_ID } }),
    }),
    payload: (f) => ({ campaignId: F<{ id: number }>(f, "campaign").id }),
  },
  "server/campaigns/actions/decide-open-case.ts#decideOpenCase": {
    who: "the office only",
    allow: ["office"],
    fixture: withCase("IN_PROGRESS"),
    payload: (f) => ({ ...caseIdVersion(f), decision: "CLOSE_INCOMPLETE", reason: "年度结束未完成" }),
  },
  "server/campaigns/actions/close-campaign.ts#closeCampaign": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({ campaign: await pastCampaignOf() }),
    payload: (f) => ({
      campaignId: F<{ id: number }>(f, "campaign").id,
      version: F<{ version: number }>(f, "campaign").version,
    }),
  },
  "server/enterprises/actions/correct-enterprise.ts#correctEnterprise": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => {
      const c = await caseOf("IN_PROGRESS");
      // Moved to 古林镇 by the office's allowed call: from then on it is 古林镇's, so it loses 集士港镇's mark.
      const enterprise = await prisma.enterprise.update({
        where: { id: c.enterpriseId },
        data: { name: `矩阵改属企业${c.enterpriseId}` },
      });
      return { enterprise, unitId: (await prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } })).id };
    },
    payload: (f) => ({
      enterpriseId: F<{ id: string }>(f, "enterprise").id,
      unitId: f.unitId,
      creditCode: F<{ creditCode: string }>(f, "enterprise").creditCode,
      reason: "属地登记错误",
    }),
  },
  "server/city/actions/move-enterprise.ts#moveEnterprise": {
    who: "the city office only (企业跨区县迁移)",
    allow: ["cityOffice"],
    fixture: async () => {
      const enterprise = await prisma.enterprise.create({
        data: {
          // No 集士港镇 mark: once moved it is 江北区's, and 江北区's reads may list it.
          name: `矩阵迁移企业${Math.random().toString(36).slice(2)}`,
          unitId: (await jishigang()).id,
          creditCode: creditCode(),
          industry: "OTHER",
        },
      });
      return { enterprise, unitId: (await prisma.unit.findUniqueOrThrow({ where: { code: "330205001" } })).id };
    },
    payload: (f) => ({
      enterpriseId: F<{ id: string }>(f, "enterprise").id,
      districtCode: "330205",
      unitId: f.unitId,
      reason: "企业整体搬迁至江北区",
    }),
  },
  "server/enterprises/actions/record-location.ts#recordEnterpriseLocation": {
    who: "the enterprise's own township only (使用当前位置)",
    allow: ["township"],
    fixture: async () => ({
      enterprise: await prisma.enterprise.findUniqueOrThrow({
        where: { id: (await caseOf("IN_PROGRESS")).enterpriseId },
      }),
    }),
    payload: (f) => ({ enterpriseId: F<{ id: string }>(f, "enterprise").id, latitude: 29.8746, longitude: 121.5503 }),
    check: async (f) => {
      const e = await prisma.enterprise.findUniqueOrThrow({ where: { id: F<{ id: string }>(f, "enterprise").id } });
      expect([e.latitude, e.longitude]).toEqual([29.8746, 121.5503]);
    },
  },
  "server/tips/actions/assign-tip.ts#assignTip": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({
      tip: await tipOf("RECEIVED"),
      unitId: (await jishigang()).id,
      departmentId: (await fgj()).id,
    }),
    payload: (f) => ({
      ...tipIdVersion(f),
      unitId: f.unitId,
      departmentId: f.departmentId,
      deadline: "2020-08-01",
      enterpriseId: null,
    }),
  },
  "server/tips/actions/verify-tip.ts#verifyTip": {
    who: "the assigned township and the assigned department",
    allow: ["township", "department"],
    fixture: withTip("ASSIGNED"),
    payload: (f) => ({ ...tipIdVersion(f), findings: "现场核查情况属实", outcome: "TRUE" }),
  },
  "server/tips/actions/close-tip.ts#closeTip": {
    who: "the office only",
    allow: ["office"],
    fixture: withTip("VERIFIED"),
    payload: (f) => ({ ...tipIdVersion(f), closingNote: "已督促整改" }),
  },
  "server/tips/actions/open-case-from-tip.ts#openCaseFromTip": {
    who: "the assigned township only",
    allow: ["township"],
    fixture: withTip("VERIFIED"),
    payload: (f) => ({
      ...tipIdVersion(f),
      creditCode: creditCode(),
      industry: "FOUNDRY",
      category: "ELIMINATION",
      disposalPath: "DISMANTLED",
      dimensions: ["ENERGY"],
    }),
  },
};

// (docs/domain.md §市级) 区县目标 and 区县管理: the city office only — never a district's account, nor the city leader.
Object.assign(ACTIONS, {
  "server/city/actions/set-district-targets.ts#setDistrictTargets": {
    who: "the city office only",
    allow: ["cityOffice"],
    fixture: async () => ({ year: await freeTargetYear() }),
    payload: (f) => ({
      year: f.year,
      cells: [{ districtId: HAISHU_DISTRICT_ID, category: "ELIMINATION", target: 21, version: null }],
    }),
    check: async (f) => {
      const t = await prisma.districtTarget.findFirstOrThrow({ where: { year: f.year as number } });
      expect([t.districtId, t.category, t.target]).toEqual([HAISHU_DISTRICT_ID, "ELIMINATION", 21]);
    },
  },
  "server/city/actions/create-district.ts#createDistrict": {
    who: "the city office only (新建区县)",
    allow: ["cityOffice"],
    fixture: async () => {
      const n = 10 + (await prisma.district.count());
      return { code: `3302${n}`, name: `矩阵${n}区` };
    },
    payload: (f) => ({
      code: f.code,
      name: f.name,
      docPrefix: `${f.name as string}工强办`,
      officeName: `${f.name as string}工业强区建设领导小组办公室`,
    }),
    check: async (f) => {
      const d = await prisma.district.findUniqueOrThrow({ where: { code: f.code as string } });
      expect(d.name).toBe(f.name);
      expect(await prisma.department.count({ where: { districtId: d.id, isOffice: true } })).toBe(1);
    },
  },
  "server/city/actions/create-district-office-account.ts#createDistrictOfficeAccount": {
    who: "the city office only",
    allow: ["cityOffice"],
    fixture: async () => ({ name: `d${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}` }),
    payload: (f) => ({ districtId: HAISHU_DISTRICT_ID, username: f.name, displayName: "区工强办新账号", phone: "" }),
    check: async (f) => {
      const u = await prisma.user.findUniqueOrThrow({ where: { username: f.name as string } });
      expect([u.role, u.districtId]).toEqual(["OFFICE", HAISHU_DISTRICT_ID]);
    },
  },
} satisfies Record<string, ActionRule>);

// (docs/domain.md §市级) 市级评价考核: the city office only sets the scheme, scores and publishes — never a district's
// account (its own district's score included), nor the city leader (who reads).
let cityAssessmentSerial = 0;
/**
 * A year of the city's 评价考核 no other entry uses, with a scheme: the split and a manual item, or (`computedOnly`,
 * for publishing: nothing left to score) the split alone.
 */
const cityAssessmentYear = async (computedOnly = false) => {
  const year = 2100 - ++cityAssessmentSerial;
  const city = await prisma.city.findFirstOrThrow();
  await prisma.cityAssessmentIndicator.create({
    data: {
      cityId: city.id,
      year,
      rule: "split",
      label: "目标分解到位",
      maxPoints: computedOnly ? 100 : 50,
      displayOrder: 1,
    },
  });
  if (computedOnly) return { year, manual: null };
  const manual = await prisma.cityAssessmentIndicator.create({
    data: { cityId: city.id, year, rule: "manual.1", label: "工作推进与机制建设", maxPoints: 50, displayOrder: 2 },
  });
  return { year, manual };
};
Object.assign(ACTIONS, {
  "server/city/actions/save-city-assessment-scheme.ts#saveCityAssessmentScheme": {
    who: "the city office only",
    allow: ["cityOffice"],
    fixture: async () => ({ year: 2000 + ++cityAssessmentSerial }),
    payload: (f) => ({
      year: f.year,
      indicators: [
        { rule: "split", label: "目标分解到位", maxPoints: 60, params: {} },
        { rule: "manual.1", label: "工作推进与机制建设", maxPoints: 40, params: {} },
      ],
    }),
    check: async (f) => {
      const rows = await prisma.cityAssessmentIndicator.findMany({ where: { year: f.year as number } });
      expect(rows.map((r) => [r.rule, r.maxPoints]).sort()).toEqual([
        ["manual.1", 40],
        ["split", 60],
      ]);
    },
  },
  "server/city/actions/adjust-city-assessment.ts#adjustCityAssessment": {
    who: "the city office only (a manual item's score, with the reason, on the version shown)",
    allow: ["cityOffice"],
    fixture: async () => {
      const { year, manual } = await cityAssessmentYear();
      if (!manual) throw new Error("no manual item");
      const city = await prisma.user.findUniqueOrThrow({ where: { username: USERNAMES.cityOffice } });
      const adjustment = await prisma.cityAssessmentAdjustment.create({
        data: {
          indicatorId: manual.id,
          districtId: HAISHU_DISTRICT_ID,
          points: 10,
          reason: "初评",
          createdById: city.id,
        },
      });
      return { year, indicatorId: manual.id, adjustment };
    },
    payload: (f) => ({
      year: f.year,
      indicatorId: f.indicatorId,
      districtId: HAISHU_DISTRICT_ID,
      points: 40,
      reason: "复核后评分",
      version: F<{ version: number }>(f, "adjustment").version,
    }),
    check: async (f) => {
      const a = await prisma.cityAssessmentAdjustment.findUniqueOrThrow({
        where: { id: F<{ id: string }>(f, "adjustment").id },
      });
      expect([a.points, a.reason, a.version]).toEqual([40, "复核后评分", 1]);
    },
  },
  "server/city/actions/publish-city-assessment.ts#publishCityAssessment": {
    who: "the city office only (freezes the districts' scores of a year)",
    allow: ["cityOffice"],
    fixture: async () => ({ year: (await cityAssessmentYear(true)).year }),
    payload: (f) => ({ year: f.year, asOf: "2020-07-01" }),
    check: async (f) => {
      const p = await prisma.cityAssessmentPublication.findFirstOrThrow({
        where: { year: f.year as number },
        include: { scores: true },
      });
      expect(p.scores.length).toBeGreaterThan(0);
    },
  },
} satisfies Record<string, ActionRule>);

// (admin) The user administration: the office only; changing one's own password: everyone signed in.
const withAccount = async () => ({ account: await accountOf(), unitId: (await jishigang()).id });
const accountId = (f: Fixture) => ({ userId: F<{ id: string }>(f, "account").id });
Object.assign(ACTIONS, {
  "server/users/actions/create-user.ts#createUser": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({ unitId: (await jishigang()).id, name: `n${Date.now().toString(36)}` }),
    payload: (f) => ({
      username: f.name,
      displayName: "新经办人",
      role: "TOWNSHIP",
      unitId: f.unitId,
      departmentId: null,
      phone: "",
    }),
  },
  "server/users/actions/update-user.ts#updateUser": {
    who: "the office only",
    allow: ["office"],
    fixture: withAccount,
    payload: (f) => ({
      ...accountId(f),
      displayName: "改名",
      role: "TOWNSHIP",
      unitId: f.unitId,
      departmentId: null,
      phone: "13800000000",
    }),
  },
  "server/users/actions/set-user-active.ts#setUserActive": {
    who: "the office only",
    allow: ["office"],
    fixture: withAccount,
    payload: (f) => ({ ...accountId(f), active: false }),
  },
  "server/users/actions/reset-user-password.ts#resetUserPassword": {
    who: "the office only",
    allow: ["office"],
    fixture: withAccount,
    payload: accountId,
  },
  "server/users/actions/unlock-user.ts#unlockUser": {
    who: "the office only",
    allow: ["office"],
    fixture: withAccount,
    payload: accountId,
    check: async (f) => {
      expect(
        await prisma.loginThrottle.count({
          where: { username: `account:${F<{ username: string }>(f, "account").username}` },
        }),
      ).toBe(0);
    },
  },
  "server/users/actions/sign-out-user.ts#signOutUser": {
    who: "the office only",
    allow: ["office"],
    fixture: withAccount,
    payload: accountId,
  },
  "server/users/actions/change-own-password.ts#changeOwnPassword": {
    who: "anyone signed in, for their own account only (the one action open while a reset password must be changed)",
    allow: ["office", "leader", "department", "otherDepartment", "township", "otherTownship", "expert", "mustChange"],
    fixture: async () => ({}),
    payload: () => ({ current: "Demo@2020", next: "Matrix-Pass-2026x", repeat: "Matrix-Pass-2026x" }),
    check: async (_f, actor) => {
      if ((actor as { username?: string }).username !== USERNAMES.mustChange) return;
      // Changed: the account is free again. Reset it, so the later entries still meet a caller who must change it.
      expect(
        (await prisma.user.findUniqueOrThrow({ where: { username: USERNAMES.mustChange } })).mustChangePassword,
      ).toBe(false);
      await mustChangeAccount();
    },
  },
} satisfies Record<string, ActionRule>);

// assessment (评价考核): the office alone sets the scheme, adjusts, publishes and withdraws (publishing and withdrawing: the departments' scores, so the unit entries stay editable).
const unitIndicator = async (rule: string) => ({
  indicator: await prisma.assessmentIndicator.findFirstOrThrow({
    where: { rule, target: "UNIT", campaign: { isCurrent: true } },
  }),
  unitId: (await jishigang()).id,
});
/** The departments' scores of the current campaign published (as publishAssessment leaves them), for a withdrawal to name. */
const departmentsPublished = async () => {
  const [campaign, office] = await Promise.all([
    prisma.campaign.findFirstOrThrow({ where: { isCurrent: true, districtId: HAISHU_DISTRICT_ID } }),
    prisma.user.findUniqueOrThrow({ where: { username: "office" } }),
  ]);
  const key = { campaignId: campaign.id, target: "DEPARTMENT" as const };
  return {
    publication: await prisma.assessmentPublication.upsert({
      where: { campaignId_target: key },
      create: { ...key, asOf: new Date("2020-10-31"), scheme: [], publishedById: office.id },
      update: {},
    }),
  };
};
Object.assign(ACTIONS, {
  "server/assessment/actions/save-scheme.ts#saveAssessmentScheme": {
    who: "the office only, until the target is published",
    allow: ["office"],
    fixture: async () => ({}),
    payload: () => ({
      target: "UNIT",
      indicators: [
        { rule: "completion.ELIMINATION", label: "淘汰落后产能完成率", maxPoints: 50, params: {} },
        { rule: "completion.RECTIFICATION", label: "整治提升完成率", maxPoints: 30, params: {} },
        { rule: "overdue", label: "逾期整治对象", maxPoints: 20, params: { perCase: 2 } },
      ],
    }),
  },
  "server/assessment/actions/adjust-score.ts#adjustAssessmentScore": {
    who: "the office only, with a reason, until the target is published",
    allow: ["office"],
    fixture: () => unitIndicator("overdue"),
    payload: (f) => ({
      target: "UNIT",
      indicatorId: F<{ id: number }>(f, "indicator").id,
      subjectId: f.unitId,
      points: -1,
      reason: "矩阵测试调整",
    }),
  },
  "server/assessment/actions/publish-scores.ts#publishAssessment": {
    who: "the office only, once per campaign and target",
    allow: ["office"],
    fixture: async () => ({}),
    payload: () => ({ target: "DEPARTMENT", asOf: "2020-10-31" }),
  },
  "server/assessment/actions/withdraw-publication.ts#withdrawAssessment": {
    who: "the office only, with a reason, while the target is published",
    allow: ["office"],
    fixture: departmentsPublished,
    payload: () => ({ target: "DEPARTMENT", reason: "矩阵测试撤回" }),
  },
} satisfies Record<string, ActionRule>);

// 监督检查: the office plans and closes; 区发改局 takes part in the round (区应急管理局 does not); 集士港镇 answers its own findings.
const roundFields = async () => ({ unitId: (await jishigang()).id, departmentId: (await fgj()).id });
const findingId = (f: Fixture) => ({
  findingId: F<{ id: string }>(f, "finding").id,
  version: F<{ version: number }>(f, "finding").version,
});
Object.assign(ACTIONS, {
  "server/inspections/actions/plan-round.ts#planRound": {
    who: "the office only",
    allow: ["office"],
    fixture: roundFields,
    payload: (f) => ({
      title: "矩阵检查计划",
      startDate: "2020-07-01",
      endDate: "2020-07-31",
      checklist: "核实拆除",
      sampleSize: 1,
      unitIds: [f.unitId],
      departmentIds: [f.departmentId],
    }),
  },
  "server/inspections/actions/update-round.ts#updateRound": {
    who: "the office only, before the round starts",
    allow: ["office"],
    fixture: async () => ({ ...(await roundFields()), round: await roundOf({ future: true }) }),
    payload: (f) => {
      const r = F<{ id: string; version: number; startDate: Date; endDate: Date }>(f, "round");
      const day = (d: Date) => d.toISOString().slice(0, 10);
      return {
        roundId: r.id,
        version: r.version,
        title: "矩阵改期",
        startDate: day(r.startDate),
        endDate: day(r.endDate),
        checklist: "核实封存",
        sampleSize: 0,
        unitIds: [f.unitId],
        departmentIds: [f.departmentId],
      };
    },
  },
  "server/inspections/actions/record-finding.ts#recordFinding": {
    who: "the office and the departments taking part in the round (never another department, the leader or a township)",
    allow: ["office", "department"],
    fixture: async () => ({ ...(await roundFields()), round: await roundOf() }),
    payload: (f) => ({
      roundId: F<{ id: string }>(f, "round").id,
      unitId: f.unitId,
      caseId: null,
      problem: "现场发现设备未拆除",
      requirement: "限期拆除",
      dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    }),
  },
  "server/inspections/actions/answer-finding.ts#answerFinding": {
    who: "the township of the finding's unit",
    allow: ["township"],
    fixture: async () => ({ finding: await findingOf("OPEN", { answerFile: true }) }),
    payload: (f) => ({ ...findingId(f), answer: "已拆除主体设备" }),
  },
  "server/inspections/actions/review-finding.ts#reviewFinding": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({ finding: await findingOf("ANSWERED") }),
    payload: (f) => ({ ...findingId(f), decision: "CLOSE", note: "整改到位" }),
  },
  "server/inspections/actions/remove-finding-file.ts#removeFindingFile": [
    {
      who: "the finding's unit removes its own evidence before answering",
      allow: ["township"],
      fixture: () => findingFileOf("ANSWER"),
      payload: fileIdVersion("finding"),
      check: async (f) =>
        expect(
          (await prisma.inspectionFindingFile.findUniqueOrThrow({ where: { id: F<{ id: string }>(f, "file").id } }))
            .deletedAt,
        ).toBeInstanceOf(Date),
    },
    {
      who: "the office and the recording department remove its photos before the answer",
      allow: ["office", "department"],
      fixture: () => findingFileOf("FINDING"),
      payload: fileIdVersion("finding"),
    },
  ],
  "server/inspections/actions/reopen-finding-case.ts#reopenFindingCase": {
    who: "the office only (the case's REOPEN rule)",
    allow: ["office"],
    fixture: async () => ({ finding: await findingOf("OPEN", { onAcceptedCase: true }) }),
    payload: findingId,
  },
} satisfies Record<string, ActionRule | ActionRule[]>);

// Expert opinions (行业专家意见): the office or a lead department refers, the expert addressed answers once.
const referralIdVersion = (f: Fixture) => ({
  referralId: F<{ id: string }>(f, "referral").id,
  version: F<{ version: number }>(f, "referral").version,
});
Object.assign(ACTIONS, {
  "server/referrals/actions/refer-to-expert.ts#referToExpert": {
    who: "the office, and a department leading one of the case's dimensions",
    allow: ["office", "department"],
    fixture: async () => ({
      case: await caseOf("SUBMITTED"),
      expert: await prisma.user.findUniqueOrThrow({ where: { username: "expert" } }),
    }),
    payload: (f) => ({
      caseId: F<{ id: string }>(f, "case").id,
      expertId: F<{ id: string }>(f, "expert").id,
      question: "该设备是否属于淘汰类？",
    }),
  },
  "server/referrals/actions/withdraw-referral.ts#withdrawReferral": {
    who: "the office, and the referring department, before the answer",
    allow: ["office", "department"],
    fixture: async () => ({ referral: await referralOf() }),
    payload: referralIdVersion,
  },
  "server/referrals/actions/answer-referral.ts#answerReferral": {
    who: "the expert addressed, once",
    allow: ["expert"],
    fixture: async () => ({ referral: await referralOf() }),
    payload: (f) => ({ ...referralIdVersion(f), conclusion: "CONFIRMED", opinion: "属于淘汰类，拆除到位。" }),
  },
  "server/referrals/actions/remove-opinion-file.ts#removeOpinionFile": {
    who: "the expert addressed, before answering",
    allow: ["expert"],
    fixture: opinionFileOf,
    payload: fileIdVersion("referral"),
    check: async (f) =>
      expect(
        (await prisma.expertOpinionFile.findUniqueOrThrow({ where: { id: F<{ id: string }>(f, "file").id } }))
          .deletedAt,
      ).toBeInstanceOf(Date),
  },
  "server/referrals/actions/set-opinion-required.ts#setExpertOpinionRequired": {
    who: "the office only",
    allow: ["office"],
    fixture: async () => ({ campaign: await pastCampaignOf() }),
    payload: (f) => ({
      campaignId: F<{ id: number }>(f, "campaign").id,
      version: F<{ version: number }>(f, "campaign").version,
      required: true,
    }),
  },
} satisfies Record<string, ActionRule>);

const shared: Record<string, string> = {};
const routeFixture = async () => ({ ...shared });

/** Route handlers, by `METHOD /path`. */
const ROUTES: Record<string, RouteRule | Skipped> = {
  "GET /api/auth/[...nextauth]": { skip: "next-auth's own sign-in endpoints; signing in is tested in login.test.ts" },
  "POST /api/auth/[...nextauth]": { skip: "next-auth's own sign-in endpoints; signing in is tested in login.test.ts" },
  "POST /api/cases/[id]/evidence": {
    who: "the case's own township while the case is open",
    allow: ["township"],
    fixture: withCase("IN_PROGRESS"),
    id: (f) => F<{ id: string }>(f, "case").id,
    request: async (f) =>
      multipartRequest(`/api/cases/${F<{ id: string }>(f, "case").id}/evidence`, {
        kind: "BEFORE_PHOTO",
        file: await photo(),
      }),
  },
  "POST /api/campaigns/[id]/quota-preview": {
    who: "the office only (reads the file, saves nothing)",
    allow: ["office"],
    allowedStatus: [200],
    fixture: async () => ({ campaign: await pastCampaignOf() }),
    id: (f) => String(F<{ id: number }>(f, "campaign").id),
    request: async (f) =>
      multipartRequest(`/api/campaigns/${F<{ id: number }>(f, "campaign").id}/quota-preview`, {
        file: await quotaWorkbook(),
      }),
  },
  "POST /api/city/targets/preview": {
    who: "the city office only (reads the file, saves nothing)",
    allow: ["cityOffice"],
    allowedStatus: [200],
    fixture: async () => ({}),
    request: async () => multipartRequest("/api/city/targets/preview", { file: await districtTargetWorkbook() }),
  },
  "GET /api/city/targets/export": {
    who: "the city office and the city leader",
    allow: ["cityOffice", "cityLeader"],
    fixture: async () => ({}),
    request: () => getRequest("/api/city/targets/export?year=2020"),
  },
  "GET /api/evidence/[id]": {
    who: "whoever may read the case: the office, the leader, every department (信息共享), its own township",
    allow: ["office", "leader", "department", "otherDepartment", "township"],
    fixture: routeFixture,
    id: (f) => f.evidenceId as string,
    request: (f) => getRequest(`/api/evidence/${f.evidenceId}`),
  },
  "POST /api/measures/[id]/documents": {
    who: "whoever may record that measure: the case's own township, its ordering lead department, the office",
    allow: ["office", "department", "township"],
    fixture: overdueCase,
    id: (f) => F<{ id: string }>(f, "measure").id,
    request: async (f) =>
      multipartRequest(`/api/measures/${F<{ id: string }>(f, "measure").id}/documents`, { file: await photo() }),
  },
  "GET /api/measures/documents/[id]": {
    who: "whoever may read the case: the office, the leader, every department (信息共享), its own township",
    allow: ["office", "leader", "department", "otherDepartment", "township"],
    fixture: routeFixture,
    id: (f) => f.measureDocumentId as string,
    request: (f) => getRequest(`/api/measures/documents/${f.measureDocumentId}`),
  },
  "GET /api/exports/annex": {
    who: "the office, the leader and departments (any unit, read-only), a township its own unit",
    allow: ["office", "leader", "department", "otherDepartment", "township"],
    fixture: routeFixture,
    request: (f) => getRequest(`/api/exports/annex?unit=${f.unitId}`),
  },
  "GET /api/exports/ledger": {
    who: "the office, the leader and departments (any unit, read-only), a township its own unit",
    allow: ["office", "leader", "department", "otherDepartment", "township"],
    fixture: routeFixture,
    request: (f) => getRequest(`/api/exports/ledger?unit=${f.unitId}`),
  },
  "GET /api/exports/equipment": {
    who: "the office, the leader, departments (the eliminations in their remit), a township its own unit",
    allow: ["office", "leader", "department", "otherDepartment", "township"],
    fixture: routeFixture,
    request: (f) => getRequest(`/api/exports/equipment?unit=${f.unitId}`),
  },
  "GET /api/exports/audit": {
    who: "the office only",
    allow: ["office"],
    fixture: routeFixture,
    request: () => getRequest("/api/exports/audit?entity=Case"),
  },
  "GET /api/exports/assessment": {
    who: "everyone in 评价考核: the office and the leader all rows; a township its own unit's row, a department its own department's",
    allow: ["office", "leader", "department", "otherDepartment", "township", "otherTownship"],
    fixture: routeFixture,
    request: () => getRequest("/api/exports/assessment"),
  },
  "GET /api/exports/inspections": {
    who: "everyone in 监督检查: the office and the leader every finding; a department those of its rounds, a township its own unit's",
    allow: ["office", "leader", "department", "otherDepartment", "township", "otherTownship"],
    fixture: routeFixture,
    request: () => getRequest("/api/exports/inspections?status=all"),
  },
  "GET /api/exports/joint-punishment": {
    who: "the office only",
    allow: ["office"],
    fixture: routeFixture,
    request: () => getRequest("/api/exports/joint-punishment?format=csv"),
  },
  "POST /api/return-visits/[id]/photos": {
    who: "whoever records the visit (the office, a department with the case in its remit), before the result is recorded",
    allow: ["office", "department"],
    fixture: async () => ({ task: await returnVisitOf({ withPhoto: false }) }),
    id: (f) => F<{ id: string }>(f, "task").id,
    request: async (f) =>
      multipartRequest(`/api/return-visits/${F<{ id: string }>(f, "task").id}/photos`, { file: await photo() }),
  },
  "GET /api/return-visits/photos/[id]": {
    who: "the office, the leader, the township of the case, a department with the case in its remit (区发改局: 产业政策 and the case's ENERGY)",
    allow: ["office", "leader", "department", "township"],
    fixture: routeFixture,
    id: (f) => f.returnVisitPhotoId as string,
    request: (f) => getRequest(`/api/return-visits/photos/${f.returnVisitPhotoId}`),
  },
  "POST /api/steel/[id]/files": {
    who: "区发改局 (T10's lead) and the office",
    allow: ["office", "department"],
    fixture: async () => ({ inspection: await steelInspectionOf() }),
    id: (f) => F<{ id: string }>(f, "inspection").id,
    request: async (f) =>
      multipartRequest(`/api/steel/${F<{ id: string }>(f, "inspection").id}/files`, { file: await photo() }),
  },
  "GET /api/steel/files/[id]": {
    who: "whoever reads the inspection: the office, the leader, every department; the township of the enterprise's unit",
    allow: ["office", "leader", "department", "otherDepartment", "township"],
    fixture: routeFixture,
    id: (f) => f.steelFileId as string,
    request: (f) => getRequest(`/api/steel/files/${f.steelFileId}`),
  },
  "GET /api/tasks/attachments/[id]": {
    who: "whoever may read the entry: the office, the leader, every department; a township only its own unit's entries",
    allow: ["office", "leader", "department", "otherDepartment"],
    fixture: routeFixture,
    id: (f) => f.taskAttachmentId as string,
    request: (f) => getRequest(`/api/tasks/attachments/${f.taskAttachmentId}`),
  },
  "GET /api/tasks/enterprises": {
    who: "departments (district-wide) and townships (their own unit's enterprises)",
    allow: ["department", "otherDepartment", "township", "otherTownship"],
    fixture: routeFixture,
    request: () => getRequest(`/api/tasks/enterprises?q=${encodeURIComponent("集士港")}`),
  },
  "GET /api/tasks/export": {
    who: "everyone but townships (they see only their own part of each line)",
    allow: ["office", "leader", "department", "otherDepartment"],
    fixture: routeFixture,
    request: () => getRequest("/api/tasks/export"),
  },
  "POST /api/tasks/progress/[id]/attachments": {
    who: "the entry's author",
    allow: ["department"],
    fixture: async () => ({ entry: await progressOf() }),
    id: (f) => F<{ id: string }>(f, "entry").id,
    request: async (f) =>
      multipartRequest(`/api/tasks/progress/${F<{ id: string }>(f, "entry").id}/attachments`, { file: await photo() }),
  },
  "POST /api/licences/[id]/document": {
    who: "区市场监管局 only, once per cancellation (tested in licences.test.ts)",
    allow: [],
    fixture: async () => licenceCaseOf({ recorded: true }),
    id: (f) => F<{ id: string }>(f, "cancellation").id,
    request: async (f) =>
      multipartRequest(`/api/licences/${F<{ id: string }>(f, "cancellation").id}/document`, { file: await photo() }),
  },
  "GET /api/licences/[id]/document": {
    who: "区市场监管局 only (tested in licences.test.ts)",
    allow: [],
    fixture: async () => licenceCaseOf({ recorded: true }),
    id: (f) => F<{ id: string }>(f, "cancellation").id,
    request: (f) => getRequest(`/api/licences/${F<{ id: string }>(f, "cancellation").id}/document`),
  },
  "POST /api/tips/[id]/files": {
    who: "the assigned township and department while verifying",
    allow: ["township", "department"],
    fixture: withTip("ASSIGNED"),
    id: (f) => F<{ id: string }>(f, "tip").id,
    request: async (f) =>
      multipartRequest(`/api/tips/${F<{ id: string }>(f, "tip").id}/files`, { file: await photo() }),
  },
  "GET /api/tips/files/[id]": {
    who: "the office, the leader, the assigned township and department",
    allow: ["office", "leader", "department", "township"],
    fixture: routeFixture,
    id: (f) => f.tipFileId as string,
    request: (f) => getRequest(`/api/tips/files/${f.tipFileId}`),
  },
  "POST /api/inspections/findings/[id]/files": {
    who: "while open: its recorder (the office, the department that recorded it) and the finding's own township (its evidence)",
    allow: ["office", "department", "township"],
    fixture: async () => ({ finding: await findingOf("OPEN") }),
    id: (f) => F<{ id: string }>(f, "finding").id,
    request: async (f) =>
      multipartRequest(`/api/inspections/findings/${F<{ id: string }>(f, "finding").id}/files`, {
        file: await photo(),
      }),
  },
  "GET /api/inspections/files/[id]": {
    who: "the office, the leader, the departments taking part in the round, the finding's own township",
    allow: ["office", "leader", "department", "township"],
    fixture: routeFixture,
    id: (f) => f.findingFileId as string,
    request: (f) => getRequest(`/api/inspections/files/${f.findingFileId}`),
  },
  "GET /api/import/template": {
    who: "the office and every township officer (the ledger import)",
    allow: ["office", "township", "otherTownship"],
    fixture: routeFixture,
    request: () => getRequest("/api/import/template"),
  },
  "POST /api/import/check": {
    // The dry run writes nothing; another township is answered with its rows marked as errors (not its unit).
    who: "the office (any unit) and a township officer (rows of their own unit)",
    allow: ["office", "township"],
    noop: ["otherTownship"],
    allowedStatus: [200],
    fixture: async () => ({ file: await ledgerFile([ledgerRow("集士港镇")]) }),
    request: (f) => importRequest("/api/import/check", f.file as Buffer),
  },
  "POST /api/import": {
    who: "the office (any unit) and a township officer (rows of their own unit only: another township is refused every row)",
    allow: ["office", "township"],
    noop: ["otherTownship"],
    fixture: async () => ({ file: await ledgerFile([ledgerRow("集士港镇")]) }),
    request: (f) => importRequest("/api/import", f.file as Buffer),
    check: async (_f, _actor, res) =>
      expect((await (res as Response).clone().json()).summary.cases.ELIMINATION).toBe(1),
  },
  "GET /api/archive/cases/[id]": {
    who: "whoever may read the case: the office, the leader, every department (信息共享), its own township",
    allow: ["office", "leader", "department", "otherDepartment", "township"],
    fixture: withCase("IN_PROGRESS"),
    id: (f) => F<{ id: string }>(f, "case").id,
    request: (f) => getRequest(`/api/archive/cases/${F<{ id: string }>(f, "case").id}`),
  },
  "GET /api/archive/units/[id]": {
    who: "the office, the leader, every department (信息共享), the unit's own township",
    allow: ["office", "leader", "department", "otherDepartment", "township"],
    fixture: routeFixture,
    id: (f) => f.unitId as string,
    request: (f) => getRequest(`/api/archive/units/${f.unitId}`),
  },
  "GET /api/archive/district": {
    who: "the office, the leader; departments (the cases of their dimensions); never a township",
    allow: ["office", "leader", "department", "otherDepartment"],
    fixture: routeFixture,
    request: () => getRequest("/api/archive/district"),
  },
  "POST /api/tips/public": {
    // Public (no login), limited per client address: each call comes from an address of its own, so a 429 is a failure here.
    who: "anyone, signed in or not",
    allow: ACTORS,
    allowedStatus: [201],
    fixture: routeFixture,
    request: () =>
      multipartRequest("/api/tips/public", {
        district: "330203",
        enterpriseName: "无名铸造作坊",
        address: "集士港镇某村",
        description: "夜间生产，噪声很大",
      }),
  },
  "GET /api/documents/notices/[id]": {
    who: "the office and the leader any 通报/约谈; a township one naming its unit",
    allow: ["office", "leader", "township"],
    fixture: async () => ({ notice: await interviewOf() }),
    id: (f) => F<{ id: string }>(f, "notice").id,
    request: (f) => getRequest(`/api/documents/notices/${F<{ id: string }>(f, "notice").id}`),
  },
  "GET /api/documents/city-circulars/[id]": {
    who: "the city accounts the whole city 通报; the named district's office and leader its copy",
    allow: ["office", "leader", "cityOffice", "cityLeader"],
    fixture: cityCircularOfHaishu,
    id: (f) => F<{ id: string }>(f, "circular").id,
    request: (f) => getRequest(`/api/documents/city-circulars/${F<{ id: string }>(f, "circular").id}`),
  },
  // The city's read-only drill-down into 海曙区's documents (docs/domain.md §市级): the city accounts only, through
  // the district's viewer; every district account not found, 海曙's own office and leader included.
  "GET /api/city/districts/[code]/notices/[id]": {
    who: "the city office and the city leader (a district's 通报 / 约谈记录, read-only)",
    allow: ["cityOffice", "cityLeader"],
    fixture: async () => ({ notice: await interviewOf() }),
    params: (f) => ({ code: "330203", id: F<{ id: string }>(f, "notice").id }),
    request: (f) => getRequest(`/api/city/districts/330203/notices/${F<{ id: string }>(f, "notice").id}`),
  },
  "GET /api/city/districts/[code]/briefing": {
    who: "the city office and the city leader (a district's 工作简报, read-only)",
    allow: ["cityOffice", "cityLeader"],
    fixture: routeFixture,
    params: () => ({ code: "330203" }),
    request: () => getRequest(`/api/city/districts/330203/briefing?month=2020-06`),
  },
  "GET /api/documents/figures": {
    who: "the office only (the figures a 通报 or 约谈 of that day states, for its draft)",
    allow: ["office"],
    fixture: routeFixture,
    request: () => getRequest("/api/documents/figures?asOf=2020-06-30"),
  },
  "GET /api/documents/briefing": {
    who: "the office and the leader (工作简报)",
    allow: ["office", "leader"],
    fixture: routeFixture,
    request: () => getRequest("/api/documents/briefing?month=2020-06"),
  },
  "POST /api/referrals/[id]/files": {
    who: "the expert addressed, before answering",
    allow: ["expert"],
    fixture: async () => ({ referral: await referralOf() }),
    id: (f) => F<{ id: string }>(f, "referral").id,
    request: async (f) =>
      multipartRequest(`/api/referrals/${F<{ id: string }>(f, "referral").id}/files`, { file: await photo() }),
  },
  "GET /api/referrals/files/[id]": {
    who: "the expert addressed, the office, the leader and departments; never a township",
    allow: ["office", "leader", "department", "otherDepartment", "expert"],
    fixture: routeFixture,
    id: (f) => f.opinionFileId as string,
    request: (f) => getRequest(`/api/referrals/files/${f.opinionFileId}`),
  },
  "GET /api/referrals/finding-files/[id]": {
    who: "whoever reads the finding's referral: the expert asked, the office, the leader, departments; never a township",
    allow: ["office", "leader", "department", "otherDepartment", "expert"],
    fixture: routeFixture,
    id: (f) => f.referredFindingFileId as string,
    request: (f) => getRequest(`/api/referrals/finding-files/${f.referredFindingFileId}`),
  },
  "GET /api/health": {
    who: "anyone, signed in or not (health of the database and storage only, no data)",
    allow: ACTORS,
    fixture: routeFixture,
    request: () => getRequest("/api/health"),
  },
  "GET /api/tips/public": {
    who: "anyone, signed in or not (the status of a reference number only)",
    allow: ACTORS,
    fixture: routeFixture,
    request: (f) => getRequest(`/api/tips/public?ref=${f.tipReference}`),
  },
};

// ——— discovery ———

type Callable = (...args: unknown[]) => Promise<unknown>;

async function discoverActions(): Promise<Map<string, Callable>> {
  const found = new Map<string, Callable>();
  for (const file of serverActionFiles()) {
    const mod: Record<string, unknown> = await import(/* @vite-ignore */ `../../${file}`);
    for (const [name, value] of Object.entries(mod))
      if (typeof value === "function") found.set(`${file}#${name}`, value as Callable);
  }
  return found;
}

async function discoverRoutes(): Promise<Map<string, Callable>> {
  const found = new Map<string, Callable>();
  for (const { file, path } of routeHandlerFiles()) {
    const mod: Record<string, unknown> = await import(/* @vite-ignore */ `../../${file}`);
    for (const method of HTTP_METHODS)
      if (typeof mod[method] === "function") found.set(`${method} ${path}`, mod[method] as Callable);
  }
  return found;
}

const actions = await discoverActions();
const routes = await discoverRoutes();

// ——— running one entry ———

const SCOPE_REFUSALS = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"];

/**
 * (docs/domain.md §市级) Entries that name no record of district A, or only read the caller's own district:
 * district B's counterpart of each allowed role may call them too — on its own district, and an allowed
 * read must then carry none of A's rows (expectInScope). Every other entry is refused to B's actors.
 */
const OWN_DISTRICT = new Set([
  "server/cases/actions/register-case.ts#registerCase",
  "server/return-visits/actions/schedule-return-visits.ts#scheduleReturnVisits",
  "server/users/actions/change-own-password.ts#changeOwnPassword",
  "server/documents/actions/publish-briefing.ts#publishBriefing",
  "server/assessment/actions/save-scheme.ts#saveAssessmentScheme",
  "GET /api/exports/audit",
  "GET /api/exports/assessment",
  "GET /api/exports/inspections",
  "GET /api/exports/joint-punishment",
  "GET /api/tasks/enterprises",
  "GET /api/tasks/export",
  "GET /api/import/template",
  "POST /api/import/check",
  "GET /api/archive/district",
  "GET /api/documents/figures",
  "GET /api/documents/briefing",
]);
const COUNTERPART: Partial<Record<Actor, Actor>> = {
  office: "bOffice",
  leader: "bLeader",
  department: "bDepartment",
  otherDepartment: "bDepartment",
  township: "bTownship",
  otherTownship: "bTownship",
};
const isOutsider = (actor: Actor) => (OTHER_DISTRICT_ACTORS as readonly Actor[]).includes(actor);
const username = (actor: Actor) => (actor === "anonymous" ? null : USERNAMES[actor]);
let checked = 0;

/** `anonymousOk` / `mustChangeOk`: refused as "sign in" / "change your password first", not for another reason. */
type Outcome = {
  refused: boolean;
  describe: string;
  anonymousOk: boolean;
  mustChangeOk: boolean;
  ok: boolean;
  code?: string;
  raw: unknown;
};

function actionOutcome(res: unknown, rule: Rule): Outcome {
  const r = res as ActionResult;
  const refusals = rule.refusedAs ? [...SCOPE_REFUSALS, rule.refusedAs] : SCOPE_REFUSALS;
  return {
    refused: r.ok === false && refusals.includes(r.code!),
    describe: JSON.stringify(res),
    anonymousOk: r.ok === false && r.code === "UNAUTHENTICATED",
    mustChangeOk: r.ok === false && r.code === "FORBIDDEN",
    ok: r.ok === true || (rule.allowedCode !== undefined && r.code === rule.allowedCode),
    code: r.code,
    raw: res,
  };
}

function routeOutcome(res: Response, rule: RouteRule, method: string, body: string): Outcome {
  const expected = rule.allowedStatus ?? [method === "POST" ? 201 : 200];
  return {
    refused: [401, 403, 404].includes(res.status),
    describe: `${res.status} ${body.slice(0, 200)}`,
    anonymousOk: res.status === 401,
    mustChangeOk: res.status === 403,
    ok: expected.includes(res.status),
    raw: res,
  };
}

async function runMatrix(
  key: string,
  rule: Rule,
  call: (f: Fixture, user: string | null) => Promise<Outcome>,
  readOnly: boolean,
) {
  // (An entry refusing a business rule naming A's record — e.g. A's credit code — stays refused to B.)
  const own =
    OWN_DISTRICT.has(key) && !rule.refusedAs
      ? rule.allow.flatMap((a) => (COUNTERPART[a] ? [COUNTERPART[a]!] : []))
      : [];
  const allowed = new Set([...rule.allow, ...own]);
  // A no-op entry (e.g. marking another's notification read) is one for B's actors too: nothing of A's changes.
  const noop = new Set([...(rule.noop ?? []), ...(rule.noop ? OTHER_DISTRICT_ACTORS : [])]);
  const target = await rule.fixture();
  // Refused and no-op callers first, on one record: each must leave everything as it was.
  for (const actor of ACTORS.filter((a) => !allowed.has(a))) {
    const before = await snapshot();
    const out = await call(target, username(actor));
    checked++;
    if (!noop.has(actor)) {
      // District B's actors name A's records: any refusal (not found, or a rule of its own district's) will do, as long as nothing changes.
      const refused =
        out.refused ||
        (isOutsider(actor) &&
          !out.ok &&
          out.code !== "INTERNAL" &&
          !(out.raw instanceof Response && out.raw.status >= 500));
      expect(refused, `${key} as ${actor} must be refused (who may: ${rule.who}); got ${out.describe}`).toBe(true);
      if (actor === "anonymous") expect(out.anonymousOk, `${key} as anonymous: ${out.describe}`).toBe(true);
      if (actor === "mustChange")
        expect(out.mustChangeOk, `${key} as a user who must change a reset password: ${out.describe}`).toBe(true);
    } else {
      expect(out.code ?? "", `${key} as ${actor}: ${out.describe}`).not.toBe("INTERNAL");
    }
    expect(changed(before, await snapshot()), `${key} as ${actor} changed the database or the stored files`).toEqual(
      [],
    );
  }
  // Allowed callers, each on a fresh record (the call changes it).
  for (const actor of [...rule.allow, ...new Set(own)]) {
    const f = readOnly ? target : await rule.fixture();
    const out = await call(f, username(actor));
    checked++;
    expect(out.ok, `${key} as ${actor} must be allowed (who may: ${rule.who}); got ${out.describe}`).toBe(true);
    if (readOnly) await expectInScope(key, actor, out.raw as Response);
    if (rule.check)
      await rule.check(f, await prisma.user.findUniqueOrThrow({ where: { username: username(actor)! } }), out.raw);
  }
}

/** What a response carries as text: the body, or every part of a ZIP (.xlsx, .docx, an archive), nested ones too. */
async function bodyText(bytes: Buffer): Promise<string> {
  if (bytes.subarray(0, 2).toString("latin1") !== "PK") return bytes.toString("utf8");
  const parts = await Promise.all((await unzip(bytes)).map((e) => bodyText(e.bytes)));
  return parts.join("\n");
}

/**
 * An allowed read by a township officer carries nothing of the other township: no enterprise, case,
 * finding or contribution of it (a 200 with another unit's rows is a leak, not a pass).
 */
async function expectInScope(key: string, actor: Actor, res: Response) {
  // District B's and the city's actors never receive A's rows; A's actors never B's (docs/domain.md §市级).
  const outside =
    (OTHER_DISTRICT_ACTORS as readonly Actor[]).includes(actor) || (CITY_ACTORS as readonly Actor[]).includes(actor);
  const foreign = outside
    ? [JISHIGANG_MARK, OUTSIDER_MARK]
    : [
        DISTRICT_B_MARK,
        ...(actor === "township" ? [OUTSIDER_MARK] : actor === "otherTownship" ? [JISHIGANG_MARK] : []),
      ];
  const text = await bodyText(Buffer.from(await res.clone().arrayBuffer()));
  for (const mark of foreign)
    expect(text.includes(mark), `${key} as ${actor} returned another unit's or district's rows (${mark}…)`).toBe(false);
}

/** Makes every record of the fixture that has a version one version newer, as if someone had saved it meanwhile. */
async function bumpVersions(f: Fixture) {
  const tables = await prisma.$queryRawUnsafe<{ t: string }[]>(
    `SELECT c.table_name AS t FROM information_schema.columns c JOIN information_schema.columns i USING (table_schema, table_name)
     WHERE c.table_schema = current_schema() AND c.column_name = 'version' AND i.column_name = 'id'`,
  );
  let bumped = 0;
  for (const value of Object.values(f)) {
    const row = value as { id?: unknown; version?: unknown } | null;
    if (!row || typeof row !== "object" || row.id === undefined || typeof row.version !== "number") continue;
    for (const { t } of tables)
      bumped += await prisma.$executeRawUnsafe(
        `UPDATE "${t}" SET version = version + 1 WHERE id::text = $1`,
        String(row.id),
      );
  }
  return bumped;
}

/** An allowed caller's form built on the version before the last save: CONFLICT, and nothing written. */
async function expectStaleRefused(key: string, rule: ActionRule, action: Callable) {
  const actor = rule.allow[0];
  const f = await rule.fixture();
  const payload = rule.payload(f) as Record<string, unknown>;
  expect(await bumpVersions(f), `${key}: the fixture has no versioned record to make stale`).toBeGreaterThan(0);
  const before = await snapshot();
  const res = (await asUser(username(actor), () => action(payload))) as ActionResult;
  checked++;
  expect(res.code, `${key} as ${actor} with version - 1 must be refused as CONFLICT; got ${JSON.stringify(res)}`).toBe(
    "CONFLICT",
  );
  expect(
    changed(before, await snapshot()),
    `${key} with a stale version changed the database or the stored files`,
  ).toEqual([]);
}

beforeAll(async () => {
  await districtB();
  await mustChangeAccount();
  await outsiderMarks();
  const township = USERNAMES.township;
  const department = USERNAMES.department;
  shared.unitId = String((await jishigang()).id);
  // Stored files of 集士港镇 and 区发改局, uploaded through the real routes by their owners, for the file routes to serve.
  const upload = async (who: string, key: string, request: Request, id: string) => {
    const res = (await asUser(who, () => routes.get(key)!(request, params(id)))) as Response;
    const body = await res.json();
    if (res.status !== 201) throw new Error(`${key}: ${res.status} ${JSON.stringify(body)}`);
    return body.id as string;
  };
  const c = await caseOf("IN_PROGRESS");
  shared.evidenceId = await upload(
    township,
    "POST /api/cases/[id]/evidence",
    await multipartRequest(`/api/cases/${c.id}/evidence`, { kind: "BEFORE_PHOTO", file: await photo() }),
    c.id,
  );
  const task = await returnVisitOf({ withPhoto: false });
  shared.returnVisitPhotoId = await upload(
    department,
    "POST /api/return-visits/[id]/photos",
    await multipartRequest(`/api/return-visits/${task.id}/photos`, { file: await photo() }),
    task.id,
  );
  const tip = await tipOf("ASSIGNED");
  shared.tipReference = tip.reference;
  shared.tipFileId = await upload(
    township,
    "POST /api/tips/[id]/files",
    await multipartRequest(`/api/tips/${tip.id}/files`, { file: await photo() }),
    tip.id,
  );
  const { measure } = await overdueCase();
  shared.measureDocumentId = await upload(
    township,
    "POST /api/measures/[id]/documents",
    await multipartRequest(`/api/measures/${measure.id}/documents`, { file: await photo() }),
    measure.id,
  );
  const finding = await findingOf("OPEN");
  shared.findingFileId = await upload(
    department,
    "POST /api/inspections/findings/[id]/files",
    await multipartRequest(`/api/inspections/findings/${finding.id}/files`, { file: await photo() }),
    finding.id,
  );
  const entry = await progressOf();
  const steel = await steelInspectionOf();
  shared.steelFileId = await upload(
    department,
    "POST /api/steel/[id]/files",
    await multipartRequest(`/api/steel/${steel.id}/files`, { file: await photo() }),
    steel.id,
  );
  shared.taskAttachmentId = await upload(
    department,
    "POST /api/tasks/progress/[id]/attachments",
    await multipartRequest(`/api/tasks/progress/${entry.id}/attachments`, { file: await photo() }),
    entry.id,
  );
  // (行业专家意见) An attachment of an answered opinion, uploaded by the expert before answering; a finding photo referred to the expert.
  const referral = await referralOf();
  shared.opinionFileId = await upload(
    USERNAMES.expert,
    "POST /api/referrals/[id]/files",
    await multipartRequest(`/api/referrals/${referral.id}/files`, { file: await photo() }),
    referral.id,
  );
  await prisma.expertReferral.update({
    where: { id: referral.id },
    data: { conclusion: "CONFIRMED", opinion: "属于淘汰类", answeredAt: new Date() },
  });
  const evidence = await prisma.evidence.findUniqueOrThrow({ where: { id: shared.evidenceId } });
  shared.referredFindingFileId = (await referredFindingFileOf(evidence.storageKey)).id;
});

afterAll(() => {
  console.info(`authorisation matrix: ${checked} calls checked (action or route × caller)`);
});

describe("the authorisation matrix", () => {
  it("names every server action and every route handler of the app", () => {
    expect(actions.size).toBeGreaterThan(20);
    expect(routes.size).toBeGreaterThan(10);
    const missing = [
      ...[...actions.keys()].filter((k) => !(k in ACTIONS)),
      ...[...routes.keys()].filter((k) => !(k in ROUTES)),
    ];
    expect(missing, "add it to the matrix in tests/integration/authz-matrix.test.ts: who may call it?").toEqual([]);
    const stale = [
      ...Object.keys(ACTIONS).filter((k) => !actions.has(k)),
      ...Object.keys(ROUTES).filter((k) => !routes.has(k)),
    ];
    expect(stale, "these are in the matrix but no longer in the app").toEqual([]);
  });

  describe("server actions", () => {
    const entries = Object.entries(ACTIONS).flatMap(([key, r]) =>
      (Array.isArray(r) ? r : [r]).map((rule) => [`${key} — ${rule.who}`, key, rule] as const),
    );
    it.each(entries)("%s", async (_title, key, rule) => {
      const action = actions.get(key);
      expect(action, `${key} is not an exported server action`).toBeDefined();
      await runMatrix(
        key,
        rule,
        async (f, user) => actionOutcome(await asUser(user, () => action!(rule.payload(f) as never)), rule),
        false,
      );
    });
  });

  describe("versioned actions refuse a stale version", () => {
    // Every action whose payload carries the version its form was built on (a record's `version`, an evidence's `caseVersion`).
    // The payload's keys, read off a stand-in fixture (any field of it is a stand-in again, 0 as a number or string).
    const anything: unknown = new Proxy(() => anything, {
      get: (_t, k) => (k === Symbol.toPrimitive ? () => 0 : anything),
    });
    const keys = (rule: ActionRule) => Object.keys(rule.payload(anything as Fixture) as object);
    const versioned = Object.entries(ACTIONS)
      .flatMap(([key, r]) => (Array.isArray(r) ? r : [r]).map((rule) => [`${key} — ${rule.who}`, key, rule] as const))
      .filter(([, , rule]) => rule.allow.length > 0 && keys(rule).some((k) => k === "version" || k === "caseVersion"));
    it("finds the versioned actions", () => expect(versioned.length).toBeGreaterThan(25));
    it.each(versioned)("%s", async (_title, key, rule) => {
      await expectStaleRefused(key, rule, actions.get(key)!);
    });
  });

  describe("route handlers", () => {
    const entries = Object.entries(ROUTES).filter((e): e is [string, RouteRule] => !("skip" in e[1]));
    it.each(entries)("%s", async (key, rule) => {
      const handler = routes.get(key);
      expect(handler, `${key} is not a route handler`).toBeDefined();
      const method = key.split(" ")[0];
      await runMatrix(
        key,
        rule,
        async (f, user) => {
          const res = (await asUser(user, async () =>
            handler!(
              await rule.request(f),
              rule.params ? { params: Promise.resolve(rule.params(f)) } : params(rule.id?.(f) ?? ""),
            ),
          )) as Response;
          return routeOutcome(
            res,
            rule,
            method,
            await res
              .clone()
              .text()
              .catch(() => ""),
          );
        },
        method === "GET",
      );
    });
  });
});
