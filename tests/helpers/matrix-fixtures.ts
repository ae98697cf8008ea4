// Records owned by one scope — 集士港镇 (the township) and 区发改局 (the department leading the ENERGY
// dimension and the task lines made here) — for the authorisation matrix: every other unit, department
// and role then tries them. Written straight into the database (each call makes a fresh one), except
// stored files, which go through the real upload routes so the file routes have bytes to serve.
import ExcelJS from "exceljs";

import { CLIENT_IP_HEADER } from "@/lib/client-address.mjs";
import type { CaseStatus, TipStatus } from "@/lib/generated/prisma/enums";
import { newTipReference } from "@/lib/tips/workflow";
import { prisma } from "@/server/db";

import { creditCode, HAISHU_DISTRICT_ID, jpeg } from "./fixtures";

/**
 * Who calls: nobody, each role, for the two scoped roles the owner of the records and an outsider, and an
 * office account whose password was reset and must be changed first (refused everything else).
 */
export const ACTORS = [
  "anonymous",
  "office",
  "leader",
  "department",
  "otherDepartment",
  "township",
  "otherTownship",
  "expert",
  "mustChange",
  // docs/domain.md §市级: district B (江北区, made by districtB) — every one of A's records is not found for them —
  // and the city's roles, which reach no district record through the district pages and routes.
  "bOffice",
  "bLeader",
  "bDepartment",
  "bTownship",
  "cityOffice",
  "cityLeader",
] as const;
export type Actor = (typeof ACTORS)[number];

export const USERNAMES: Record<Exclude<Actor, "anonymous">, string> = {
  office: "office",
  leader: "leader",
  department: "fgj", // 区发改局: leads ENERGY, the dimension of every case here, and the task lines made here
  otherDepartment: "yjgl", // 区应急管理局: leads SAFETY only
  township: "jishigang", // 集士港镇: owns every case, tip, 回访 and notice here
  otherTownship: "gulin", // 古林镇
  expert: "expert", // 行业专家: sees only what is referred to them — here, the referrals made by referralOf
  mustChange: "matrix-must-change", // an office account (the widest rights) with a reset password: see mustChangeAccount
  bOffice: "b-office", // 江北区's 区工强办
  bLeader: "b-leader",
  bDepartment: "b-fgj", // 江北区's 区发改局: the same department code and remit as A's
  bTownship: "b-township", // 江北区's 庄桥街道
  cityOffice: "city-office", // 市工强办
  cityLeader: "city-leader", // 市领导
};

/** The actors of district B and of the city: never in a rule's `allow` for A's records. */
export const OTHER_DISTRICT_ACTORS = ["bOffice", "bLeader", "bDepartment", "bTownship"] as const;
export const CITY_ACTORS = ["cityOffice", "cityLeader"] as const;
/** In every name of district B's records (districtB): no A actor's response may carry it. */
export const DISTRICT_B_MARK = "江北越界标记";

/**
 * District B (江北区, docs/domain.md §市级) beside the seeded 海曙区: its office, a department with A's code,
 * a township, a current 2020 campaign with a case, a 举报, a 监督检查 finding and a 通报 — and the city's two
 * accounts. Passwords as the office's.
 */
export async function districtB() {
  const office = await user("office");
  const city = await prisma.city.findFirstOrThrow();
  const b = await prisma.district.create({
    data: {
      cityId: city.id,
      code: "330205",
      name: "江北区",
      officeName: "江北区工业强区建设领导小组办公室",
      officeShortName: "区工强办",
      docPrefix: "北工强办",
      displayOrder: 2,
      isSample: true,
    },
  });
  const districtId = b.id;
  const [gqb, fgjB] = await Promise.all([
    prisma.department.create({ data: { districtId, code: "GQB", name: "区工强办", isOffice: true, displayOrder: 1 } }),
    prisma.department.create({ data: { districtId, code: "FGJ", name: "区发改局", displayOrder: 2 } }),
  ]);
  const unitB = await prisma.unit.create({
    data: { districtId, code: "330205001", name: "庄桥街道", kind: "SUBDISTRICT", displayOrder: 1 },
  });
  const campaign = await prisma.campaign.create({
    data: {
      districtId,
      year: 2020,
      title: "江北区2020年淘汰落后产能及“低散乱”整治提升",
      startDate: new Date("2020-01-01"),
      deadline: new Date("2020-12-31"),
      isCurrent: true,
      quotas: { create: [{ unitId: unitB.id, category: "ELIMINATION", target: 3 }] },
    },
  });
  const line = await prisma.taskLine.create({
    data: {
      campaignId: campaign.id,
      code: "T1",
      dimension: "ENERGY",
      title: "江北能耗",
      measure: "ENTERPRISE",
      displayOrder: 1,
    },
  });
  await prisma.taskLineLead.create({ data: { taskLineId: line.id, departmentId: fgjB.id } });
  const account = (username: string, role: "OFFICE" | "LEADER" | "DEPARTMENT" | "TOWNSHIP", extra = {}) =>
    prisma.user.create({
      data: { username, displayName: username, role, passwordHash: office.passwordHash, districtId, ...extra },
    });
  const [bOffice] = await Promise.all([
    account(USERNAMES.bOffice, "OFFICE", { departmentId: gqb.id }),
    account(USERNAMES.bLeader, "LEADER"),
    account(USERNAMES.bDepartment, "DEPARTMENT", { departmentId: fgjB.id }),
    account(USERNAMES.bTownship, "TOWNSHIP", { unitId: unitB.id }),
    prisma.user.create({
      data: {
        username: USERNAMES.cityOffice,
        displayName: "市工强办",
        role: "CITY_OFFICE",
        passwordHash: office.passwordHash,
      },
    }),
    prisma.user.create({
      data: {
        username: USERNAMES.cityLeader,
        displayName: "市领导",
        role: "CITY_LEADER",
        passwordHash: office.passwordHash,
      },
    }),
  ]);
  const enterprise = await prisma.enterprise.create({
    data: { name: `${DISTRICT_B_MARK}企业${tag()}`, creditCode: creditCode(), unitId: unitB.id, industry: "FOUNDRY" },
  });
  const bCase = await prisma.case.create({
    data: {
      campaignId: campaign.id,
      enterpriseId: enterprise.id,
      unitId: unitB.id,
      category: "ELIMINATION",
      disposalPath: "DISMANTLED",
      dimensions: ["ENERGY"],
      status: "SUBMITTED",
      submittedAt: new Date("2020-06-01T00:00:00Z"),
      createdById: bOffice.id,
    },
  });
  await prisma.tip.create({
    data: {
      districtId,
      reference: newTipReference(new Date(), (n) => Math.floor(Math.random() * n)),
      enterpriseName: `${DISTRICT_B_MARK}举报${tag()}`,
      address: "庄桥街道某村",
      description: "夜间生产",
      status: "RECEIVED",
    },
  });
  const round = await prisma.inspectionRound.create({
    data: {
      campaignId: campaign.id,
      title: `${DISTRICT_B_MARK}检查${tag()}`,
      startDate: new Date("2020-07-01"),
      endDate: new Date("2020-07-10"),
      checklist: "抽查",
      createdById: bOffice.id,
      units: { create: { unitId: unitB.id } },
    },
  });
  await prisma.inspectionFinding.create({
    data: {
      roundId: round.id,
      unitId: unitB.id,
      problem: `${DISTRICT_B_MARK}问题`,
      requirement: "限期拆除",
      dueDate: new Date("2020-08-01"),
      recordedById: bOffice.id,
    },
  });
  await prisma.supervisionNotice.create({
    data: {
      kind: "CIRCULAR",
      campaignId: campaign.id,
      title: `${DISTRICT_B_MARK}通报${tag()}`,
      body: "进度滞后",
      date: new Date("2020-07-01T00:00:00Z"),
      issuedById: bOffice.id,
      units: { create: { unitId: unitB.id } },
    },
  });
  return { district: b, unit: unitB, campaign, case: bCase };
}

/** The `mustChange` actor: the office's role and password, `mustChangePassword` set (as after an administrator's reset). */
export async function mustChangeAccount() {
  const office = await user("office");
  return prisma.user.upsert({
    where: { username: USERNAMES.mustChange },
    create: {
      username: USERNAMES.mustChange,
      districtId: HAISHU_DISTRICT_ID,
      displayName: "待改密账号",
      role: "OFFICE",
      passwordHash: office.passwordHash,
      mustChangePassword: true,
    },
    update: { mustChangePassword: true },
  });
}

/** In every name of the records of 古林镇 made by `outsiderMarks`: 集士港镇's officer must never receive it. */
export const OUTSIDER_MARK = "古林越界标记";
/** In every enterprise name of 集士港镇 made here (caseOf, steelInspectionOf): 古林镇's officer must never receive it. */
export const JISHIGANG_MARK = "集士港矩阵";

/** Records of 古林镇 (a case, its enterprise, a 监督检查 finding, a task contribution) that a 集士港镇 read must leave out. */
export async function outsiderMarks() {
  const [campaign, gulin, creator, office, d] = await Promise.all([
    currentCampaign(),
    unit("古林镇"),
    user("gulin"),
    user("office"),
    fgj(),
  ]);
  const enterprise = await prisma.enterprise.create({
    data: { name: `${OUTSIDER_MARK}企业${tag()}`, creditCode: creditCode(), unitId: gulin.id, industry: "FOUNDRY" },
  });
  await prisma.case.create({
    data: {
      campaignId: campaign.id,
      enterpriseId: enterprise.id,
      unitId: gulin.id,
      category: "ELIMINATION",
      disposalPath: "DISMANTLED",
      dimensions: ["ENERGY", "SAFETY"],
      status: "IN_PROGRESS",
      createdById: creator.id,
    },
  });
  const round = await prisma.inspectionRound.create({
    data: {
      campaignId: campaign.id,
      title: `${OUTSIDER_MARK}检查${tag()}`,
      startDate: new Date("2020-07-01"),
      endDate: new Date("2020-07-10"),
      checklist: "抽查",
      createdById: office.id,
      departments: { create: { departmentId: d.id } },
      units: { create: { unitId: gulin.id } },
    },
  });
  await prisma.inspectionFinding.create({
    data: {
      roundId: round.id,
      unitId: gulin.id,
      problem: `${OUTSIDER_MARK}问题`,
      requirement: "限期拆除",
      dueDate: new Date("2020-08-01"),
      recordedById: office.id,
    },
  });
  const line = await taskLineOf("INSPECTION");
  await prisma.taskProgress.create({
    data: {
      taskLineId: line.id,
      authorId: creator.id,
      unitId: gulin.id,
      status: "PENDING",
      value: 1,
      note: `${OUTSIDER_MARK}巡查`,
      date: new Date("2020-06-01T00:00:00Z"),
    },
  });
}

const ORIGIN = "http://localhost";
let clients = 0;
/**
 * What a browser sends from the portal's own pages (so the matrix tests authorisation, not the CSRF
 * check), from an address of its own (as the entry point stamps it): the public routes' rate limit
 * then never answers 429 for a caller the matrix expects through.
 */
const sameOrigin = () => {
  const n = ++clients;
  return { origin: ORIGIN, "sec-fetch-site": "same-origin", [CLIENT_IP_HEADER]: `2001:db8::${n.toString(16)}` };
};

export function getRequest(path: string): Request {
  return new Request(`${ORIGIN}${path}`, { headers: sameOrigin() });
}

/** A multipart POST as the browser sends it, with its Content-Length. */
export async function multipartRequest(
  path: string,
  fields: Record<string, string | { name: string; bytes: Buffer; type: string }>,
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    form.set(k, typeof v === "string" ? v : new File([new Uint8Array(v.bytes)], v.name, { type: v.type }));
  }
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    body,
    headers: {
      ...sameOrigin(),
      "content-type": encoded.headers.get("content-type")!,
      "content-length": String(body.length),
    },
  });
}

export async function photo() {
  return { name: "现场.jpg", bytes: await jpeg(), type: "image/jpeg" };
}

export const params = (id: string) => ({ params: Promise.resolve({ id }) });

const user = (username: string) => prisma.user.findUniqueOrThrow({ where: { username } });
const unit = (name: string) => prisma.unit.findFirstOrThrow({ where: { name } });
const currentCampaign = () =>
  prisma.campaign.findFirstOrThrow({ where: { isCurrent: true, districtId: HAISHU_DISTRICT_ID } });

export const jishigang = () => unit("集士港镇");
export const fgj = () => prisma.department.findFirstOrThrow({ where: { code: "FGJ", districtId: HAISHU_DISTRICT_ID } });

let serial = 0;
const tag = () => `${Date.now().toString(36)}${(serial++).toString(36)}`;

/** An ELIMINATION case of 集士港镇 in the ENERGY dimension, in the given state. */
export async function caseOf(status: CaseStatus) {
  const [campaign, u, creator] = await Promise.all([currentCampaign(), jishigang(), user("jishigang")]);
  const enterprise = await prisma.enterprise.create({
    data: { name: `集士港矩阵企业${tag()}`, creditCode: creditCode(), unitId: u.id, industry: "FOUNDRY" },
  });
  const office = await user("office");
  return prisma.case.create({
    data: {
      campaignId: campaign.id,
      enterpriseId: enterprise.id,
      unitId: u.id,
      category: "ELIMINATION",
      disposalPath: "DISMANTLED",
      dimensions: ["ENERGY"],
      status,
      createdById: creator.id,
      submittedAt: ["SUBMITTED", "ACCEPTED"].includes(status) ? new Date("2020-06-01T00:00:00Z") : null,
      acceptedAt: status === "ACCEPTED" ? new Date("2020-06-10T00:00:00Z") : null,
      reviews:
        status === "RETURNED"
          ? { create: { decision: "RETURN", reason: "材料不全", reviewerId: office.id } }
          : undefined,
    },
  });
}

/** An evidence row (no file) on an open case of 集士港镇. */
export async function evidenceRow() {
  const c = await caseOf("IN_PROGRESS");
  const uploader = await user("jishigang");
  const e = await prisma.evidence.create({
    data: {
      caseId: c.id,
      kind: "BEFORE_PHOTO",
      storageKey: `matrix/${tag()}`,
      originalName: "拆前.jpg",
      mime: "image/jpeg",
      size: 1,
      sha256: "0".repeat(64),
      uploadedById: uploader.id,
    },
  });
  return { evidence: e, case: c };
}

/** An item of equipment (淘汰设备清单) on an open elimination of 集士港镇, proven by one of its files. */
export async function equipmentRow() {
  const { evidence, case: c } = await evidenceRow();
  const creator = await user("jishigang");
  const equipment = await prisma.caseEquipment.create({
    data: {
      caseId: c.id,
      name: "中频感应电炉",
      model: "GW-1.0T",
      quantity: 2,
      capacity: 750,
      capacityUnit: "kW",
      disposition: "SCRAPPED",
      evidenceId: evidence.id,
      createdById: creator.id,
    },
  });
  return { equipment, evidence, case: c };
}

/** A 举报 assigned to 集士港镇 and 区发改局 (RECEIVED: not yet assigned), verified 属实 when VERIFIED. */
export async function tipOf(status: TipStatus) {
  const [u, d] = await Promise.all([jishigang(), fgj()]);
  const assigned = status !== "RECEIVED";
  const verified = status === "VERIFIED" || status === "CLOSED";
  return prisma.tip.create({
    data: {
      districtId: HAISHU_DISTRICT_ID,
      reference: newTipReference(new Date(), (n) => Math.floor(Math.random() * n)),
      reporterName: "王先生",
      enterpriseName: `矩阵举报作坊${tag()}`,
      address: "集士港镇某村",
      description: "夜间生产，气味很大",
      status,
      unitId: assigned ? u.id : null,
      departmentId: assigned ? d.id : null,
      deadline: assigned ? new Date("2020-08-01T00:00:00Z") : null,
      assignedAt: assigned ? new Date() : null,
      findings: verified ? "现场核查属实" : null,
      outcome: verified ? "TRUE" : null,
      verifiedAt: verified ? new Date() : null,
    },
  });
}

/** A 回访 task of 集士港镇, not yet recorded, with one photo row when `withPhoto`. */
export async function returnVisitOf({ withPhoto }: { withPhoto: boolean }) {
  const c = await caseOf("ACCEPTED");
  const uploader = await user("jishigang");
  return prisma.returnVisit.create({
    data: {
      caseId: c.id,
      unitId: c.unitId,
      acceptedAt: c.acceptedAt!,
      dueDate: new Date("2020-07-10T00:00:00Z"),
      photos: withPhoto
        ? {
            create: {
              storageKey: `matrix/${tag()}`,
              originalName: "回访.jpg",
              mime: "image/jpeg",
              size: 1,
              sha256: "0".repeat(64),
              uploadedById: uploader.id,
            },
          }
        : undefined,
    },
  });
}

/** A 约谈 of 集士港镇, not yet acknowledged, its follow-up open. */
export async function interviewOf() {
  const [campaign, u, office] = await Promise.all([currentCampaign(), jishigang(), user("office")]);
  return prisma.supervisionNotice.create({
    data: {
      kind: "INTERVIEW",
      campaignId: campaign.id,
      title: `约谈集士港镇${tag()}`,
      body: "进度滞后，原因不清",
      date: new Date("2020-07-01T00:00:00Z"),
      participants: "镇分管领导",
      commitments: "月底前完成",
      followUpDate: new Date("2020-08-01T00:00:00Z"),
      issuedById: office.id,
      units: { create: { unitId: u.id } },
    },
  });
}

/** An unread notification of the 集士港镇 officer. */
export async function notificationOf() {
  const recipient = await user("jishigang");
  return prisma.notification.create({
    data: { recipientId: recipient.id, text: "整治对象已验收：矩阵企业", href: "/cases" },
  });
}

/** A rectification outcome category of this test, active. */
export async function outcomeOf() {
  return prisma.rectificationOutcome.create({
    data: { name: `矩阵类别${tag()}`, displayOrder: 900 + serial, districtId: HAISHU_DISTRICT_ID },
  });
}

/** A campaign of a past year (never the current one), so changing it disturbs nobody. */
export async function pastCampaignOf() {
  const taken = new Set(
    (await prisma.campaign.findMany({ where: { districtId: HAISHU_DISTRICT_ID }, select: { year: true } })).map(
      (c) => c.year,
    ),
  );
  const free = Array.from({ length: 19 }, (_, i) => 2001 + i).filter((y) => !taken.has(y));
  if (free.length === 0) throw new Error("pastCampaignOf: every year 2001–2019 already has a campaign");
  const year = free[Math.floor(Math.random() * free.length)];
  return prisma.campaign.create({
    data: {
      districtId: HAISHU_DISTRICT_ID,
      year,
      title: `${year}年矩阵测试方案`,
      startDate: new Date(`${year}-01-01`),
      deadline: new Date(`${year}-12-31`),
    },
  });
}

/** A year no campaign has yet (for opening a new one). */
export async function freeYear() {
  const taken = new Set(
    (await prisma.campaign.findMany({ where: { districtId: HAISHU_DISTRICT_ID }, select: { year: true } })).map(
      (c) => c.year,
    ),
  );
  let year = 2060 + Math.floor(Math.random() * 40);
  while (taken.has(year)) year = 2060 + ((year - 2059) % 40);
  return year;
}

/** A small quota workbook in the annex layout (one unit row), as an upload. */
export async function quotaWorkbook() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("目标任务分解表");
  ws.addRow(["镇（乡）、街道和园区", "淘汰落后产能涉及企业数（家）", "整治提升“低散乱”企业（作坊）数（家）"]);
  ws.addRow(["集士港镇", 3, 28]);
  return {
    name: "分解表.xlsx",
    bytes: Buffer.from(await wb.xlsx.writeBuffer()),
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  };
}

/** A small 区县目标 workbook in the annex layout (one district row), as an upload (docs/domain.md §市级). */
export async function districtTargetWorkbook() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("区县目标");
  ws.addRow(["区县（市）", "淘汰落后产能涉及企业数（家）", "整治提升“低散乱”企业（作坊）数（家）"]);
  ws.addRow(["海曙区", 21, 165]);
  return {
    name: "区县目标.xlsx",
    bytes: Buffer.from(await wb.xlsx.writeBuffer()),
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  };
}

/** A year without district targets yet (the city office sets it afresh). */
export async function freeTargetYear() {
  const taken = new Set((await prisma.districtTarget.findMany({ select: { year: true } })).map((t) => t.year));
  let year = 2060 + Math.floor(Math.random() * 40);
  while (taken.has(year)) year = 2060 + ((year - 2059) % 40);
  return year;
}

/** A task line of the current campaign led by 区发改局 alone (ENERGY), counted in 次 or by items. */
export async function taskLineOf(measure: "INSPECTION" | "ITEM") {
  const [campaign, d] = await Promise.all([currentCampaign(), fgj()]);
  const code = `MX${tag()}`.slice(0, 20);
  return prisma.taskLine.create({
    data: {
      campaignId: campaign.id,
      code,
      dimension: "ENERGY",
      title: `矩阵测试重点工作任务${code}`,
      measure,
      target: null,
      displayOrder: 900,
      leads: { create: { departmentId: d.id } },
      items: measure === "ITEM" ? { create: { title: "矩阵测试事项", displayOrder: 1 } } : undefined,
    },
    include: { items: true },
  });
}

/** A progress entry of 区发改局's officer on its own line. */
export async function progressOf() {
  const line = await taskLineOf("INSPECTION");
  const author = await user("fgj");
  return prisma.taskProgress.create({
    data: {
      taskLineId: line.id,
      authorId: author.id,
      value: 1,
      note: "巡查一次",
      date: new Date("2020-06-01T00:00:00Z"),
    },
  });
}

/** (admin) A fresh township account of 集士港镇, locked by failed sign-ins, for the user administration actions. */
export async function accountOf() {
  const unit = await jishigang();
  const username = `m${tag()}`;
  const account = await prisma.user.create({
    data: {
      username,
      displayName: "矩阵账号",
      role: "TOWNSHIP",
      unitId: unit.id,
      passwordHash: "x",
      districtId: HAISHU_DISTRICT_ID,
    },
  });
  await prisma.loginThrottle.create({
    data: { username: `account:${username}`, failures: 20, lockedUntil: new Date(Date.now() + 600_000) },
  });
  return account;
}

/** A line of 区发改局 with a numeric target (次), for splitting it into unit shares. */
export async function targetLineOf() {
  const line = await taskLineOf("INSPECTION");
  return prisma.taskLine.update({ where: { id: line.id }, data: { target: 10 } });
}

/** 集士港镇's contribution on a line of 区发改局, awaiting confirmation. */
export async function contributionOf() {
  const [line, author, u] = await Promise.all([taskLineOf("INSPECTION"), user("jishigang"), jishigang()]);
  return prisma.taskProgress.create({
    data: {
      taskLineId: line.id,
      authorId: author.id,
      unitId: u.id,
      status: "PENDING",
      value: 1,
      note: "镇级巡查一次",
      date: new Date("2020-06-01T00:00:00Z"),
    },
  });
}

/** 集士港镇's accepted elimination case whose enterprise holds a production licence, and (when `recorded`) its cancellation. */
export async function licenceCaseOf({ recorded }: { recorded: boolean }) {
  const c = await caseOf("ACCEPTED");
  const enterprise = await prisma.enterprise.update({
    where: { id: c.enterpriseId },
    data: { productionLicence: `SC${tag()}` },
  });
  const recorder = await user("scjg");
  const cancellation = recorded
    ? await prisma.licenceCancellation.create({
        data: {
          enterpriseId: enterprise.id,
          caseId: c.id,
          licenceNumber: enterprise.productionLicence!,
          cancelledOn: new Date("2020-07-01T00:00:00Z"),
          documentNumber: "矩阵文号",
          recordedById: recorder.id,
        },
      })
    : null;
  return { case: c, enterprise, cancellation };
}

/** (T10) A steel inspection of a 集士港镇 enterprise on the current campaign's T10 (led by 区发改局): a red line found, its follow-up open. */
export async function steelInspectionOf() {
  const [campaign, u, recorder] = await Promise.all([currentCampaign(), jishigang(), user("fgj")]);
  const line = await prisma.taskLine.findFirstOrThrow({ where: { campaignId: campaign.id, code: "T10" } });
  const enterprise = await prisma.enterprise.create({
    data: { name: `集士港矩阵钢厂${tag()}`, creditCode: creditCode(), unitId: u.id, industry: "OTHER" },
  });
  return prisma.steelInspection.create({
    data: {
      taskLineId: line.id,
      enterpriseId: enterprise.id,
      unitId: u.id,
      inspectedOn: new Date("2020-06-01T00:00:00Z"),
      inspectors: "区发改局 矩阵",
      newCapacity: "CLEAR",
      revivedCapacity: "FOUND",
      revivedCapacityNote: "轧钢线重新接电",
      substandardSteel: "CLEAR",
      finding: "发现已退出产能恢复生产",
      rectification: "立即停产",
      followUpDue: new Date("2020-07-01T00:00:00Z"),
      recordedById: recorder.id,
    },
  });
}
/** (行业专家意见) 区发改局's question to the demo expert on a submitted 集士港镇 case, open (or answered). */
export async function referralOf({ answered = false }: { answered?: boolean } = {}) {
  const [c, expert, referrer, department] = await Promise.all([
    caseOf("SUBMITTED"),
    user("expert"),
    user("fgj"),
    fgj(),
  ]);
  return prisma.expertReferral.create({
    data: {
      campaignId: c.campaignId,
      caseId: c.id,
      unitId: c.unitId,
      expertId: expert.id,
      question: "矩阵：是否属于淘汰类设备？",
      referredById: referrer.id,
      departmentId: department.id,
      ...(answered ? { conclusion: "CONFIRMED" as const, opinion: "属于淘汰类", answeredAt: new Date() } : {}),
    },
  });
}

/** (行业专家意见) An open referral of a 集士港镇 case with one attachment the expert uploaded while writing the opinion. */
export async function opinionFileOf() {
  const [referral, expert] = await Promise.all([referralOf(), user("expert")]);
  const file = await prisma.expertOpinionFile.create({
    data: {
      referralId: referral.id,
      storageKey: `matrix/opinion-${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`,
      originalName: "意见.jpg",
      mime: "image/jpeg",
      size: 1,
      sha256: "0".repeat(64),
      uploadedById: expert.id,
    },
  });
  return { referral, file };
}

/** (行业专家意见) A finding of an inspection round on 集士港镇, referred to the demo expert, with one photo whose stored bytes are `storageKey`'s. */
export async function referredFindingFileOf(storageKey: string) {
  const [campaign, u, office, expert] = await Promise.all([
    currentCampaign(),
    jishigang(),
    user("office"),
    user("expert"),
  ]);
  const round = await prisma.inspectionRound.create({
    data: {
      campaignId: campaign.id,
      title: `矩阵检查${tag()}`,
      startDate: new Date("2020-07-01"),
      endDate: new Date("2020-07-10"),
      checklist: "抽查",
      createdById: office.id,
    },
  });
  const finding = await prisma.inspectionFinding.create({
    data: {
      roundId: round.id,
      unitId: u.id,
      problem: "设备未拆除",
      requirement: "限期拆除",
      dueDate: new Date("2020-08-01"),
      recordedById: office.id,
    },
  });
  await prisma.expertReferral.create({
    data: {
      campaignId: campaign.id,
      findingId: finding.id,
      unitId: u.id,
      expertId: expert.id,
      question: "矩阵：设备是否已拆除？",
      referredById: office.id,
    },
  });
  return prisma.inspectionFindingFile.create({
    data: {
      findingId: finding.id,
      role: "FINDING",
      storageKey,
      originalName: "检查.jpg",
      mime: "image/jpeg",
      size: 1,
      sha256: "0".repeat(64),
      uploadedById: office.id,
    },
  });
}
