// The living demo (embedded demo only): the 2020 campaign as it stood on 30 June 2020, half-way —
// cases in every unit with a quota and in every status, evidence files (JPEG photos with their
// capture time in EXIF, PDF forms), review history, task-line entries, tips in every status, a 通报
// and a 约谈, 回访 visits and notifications. 集士港镇, 洞桥镇 and 石碶街道 are clearly on pace,
// 古林镇 and 横街镇 clearly slow.
//
// Deterministic (a seeded PRNG, fixed 2020 dates: the same names, statuses and times on every fresh
// start), idempotent (nothing is added once the campaign has cases) and loaded through the same rules
// as real input: every transition is decided by lib/cases/workflow (tips: lib/tips/workflow), every
// submission passes the case's checklist (lib/cases/requirements), every file passes the upload
// checks (server/uploads/inspect-upload) and is stored by server/storage. A rule refusing throws.
import sharp from "sharp";

import { CATEGORIES, type QuotaCell } from "../lib/campaigns/annex";
import type { EquipmentFields } from "../lib/cases/equipment";
import { decideRecordMeasure } from "../lib/cases/measures";
import { policyDepartmentCode } from "../lib/cases/policy-department";
import { missingItems, requiredEvidenceKinds } from "../lib/cases/requirements";
import { type Actor, type CaseAction, decide } from "../lib/cases/workflow";
import { statusAt } from "../lib/dashboard/history";
import { elapsedPercent, emptyStatusCounts, rollUp, type StatusCounts } from "../lib/dashboard/pace";
import { addDays, beijingDay } from "../lib/dates";
import { creditCheckChar } from "../lib/enterprises/credit-code";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type {
  CaseStatus,
  Category,
  Dimension,
  DisposalPath,
  EquipmentDisposition,
  EvidenceKind,
  Industry,
  MeasureKind,
  ReviewDecision,
  TipOutcome,
  TipStatus,
} from "../lib/generated/prisma/enums";
import { checkDueDate, checkMayRecord, checkRoundDates, drawSample } from "../lib/inspections/rules";
import { mayReferCase } from "../lib/referrals/rules";
import { returnVisitDueDate } from "../lib/return-visits/rules";
import { checkSteelInspection, STEEL_LINE_CODE } from "../lib/steel/rules";
import { freezeFigures } from "../lib/supervision/rules";
import { decideTip, newTipReference, type TipActor, type TipState } from "../lib/tips/workflow";
import { returnVisitPolicy } from "../server/policies";
import { storeThen } from "../server/storage";
import { type Inspected, inspectUpload } from "../server/uploads/inspect-upload";
import { CAMPAIGN_2020, DEFAULT_DISTRICT, UNITS } from "./seed-data";
import { MIIT_POLICY_BASES, POLICY_BASES } from "./seed-policy-bases";

/** The day the demo campaign stands at: every recorded event lies on or before it. */
export const DEMO_STANDS_AT = new Date("2020-06-30");

/** [registered, accepted] per unit and category; units not listed (no quota) have no cases. */
const PLAN: Record<string, Partial<Record<Category, [number, number]>>> = {
  集士港镇: { ELIMINATION: [3, 2], RECTIFICATION: [25, 17] }, // on pace
  古林镇: { ELIMINATION: [1, 0], RECTIFICATION: [12, 2] }, // slow
  高桥镇: { ELIMINATION: [2, 1], RECTIFICATION: [19, 11] },
  横街镇: { ELIMINATION: [1, 0], RECTIFICATION: [6, 1] }, // slow
  鄞江镇: { ELIMINATION: [1, 1], RECTIFICATION: [6, 3] },
  洞桥镇: { ELIMINATION: [3, 2], RECTIFICATION: [17, 12] }, // on pace
  章水镇: { ELIMINATION: [1, 1], RECTIFICATION: [2, 1] },
  龙观乡: { ELIMINATION: [1, 1], RECTIFICATION: [2, 1] },
  石碶街道: { ELIMINATION: [3, 2], RECTIFICATION: [22, 15] }, // on pace
  望春街道: { RECTIFICATION: [2, 1] },
  段塘街道: { RECTIFICATION: [2, 1] },
  望春工业园区: { ELIMINATION: [2, 1] },
};
export const DEMO_ON_PACE = ["集士港镇", "洞桥镇", "石碶街道"];
export const DEMO_SLOW = ["古林镇", "横街镇"];

const NAME_WORDS = [
  "宏达",
  "鑫源",
  "永盛",
  "华丰",
  "立新",
  "恒达",
  "金诚",
  "顺发",
  "兴隆",
  "东升",
  "盛泰",
  "富源",
  "佳利",
  "开元",
  "明辉",
  "瑞丰",
  "天成",
  "协力",
  "新科",
  "众鑫",
  "嘉禾",
  "广进",
  "德昌",
  "汇通",
];
const PRODUCTS: Record<Industry, string[]> = {
  FOUNDRY: ["铸造厂", "铸件厂", "精密铸造有限公司"],
  BUILDING_MATERIALS: ["建材厂", "水泥制品厂", "新型墙材厂"],
  FOOD: ["食品加工坊", "豆制品作坊", "糕点加工厂"],
  METAL_SURFACE: ["电镀厂", "表面处理厂", "五金抛光作坊"],
  OTHER: ["塑料制品厂", "五金加工厂", "木制品作坊", "印刷厂", "服装加工点", "橡胶制品厂"],
};
const ELIMINATION_INDUSTRIES: Industry[] = ["FOUNDRY", "BUILDING_MATERIALS", "METAL_SURFACE"];
const RECTIFICATION_INDUSTRIES: Industry[] = [
  "OTHER",
  "OTHER",
  "OTHER",
  "FOOD",
  "METAL_SURFACE",
  "BUILDING_MATERIALS",
  "FOUNDRY",
];
const RECTIFICATION_DIMENSIONS: Dimension[][] = [
  ["ENVIRONMENT"],
  ["SAFETY"],
  ["PREMISES"],
  ["ENVIRONMENT", "SAFETY"],
  ["QUALITY"],
];
const RETURN_REASONS = [
  "整治后照片未能反映设备拆除后的现场，请补拍全景照片",
  "验收意见表缺少镇街分管领导签字，请补充后重新上报",
  "设备去向证明材料与台账记载的设备数量不一致，请核实",
  "整治前后照片拍摄角度不同，无法对照，请按同一角度补拍",
];
const STREETS = ["工业路", "兴业路", "环镇北路", "创业大道", "新园路", "前进路", "民营路", "科技路"];

/** mulberry32: a small seeded PRNG, so every fresh start draws the same "random" data. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
  };
}

/** A moment on a Beijing calendar day at hour:minute. */
const at = (day: Date, hour: number, minute = 0) => new Date(day.getTime() + (hour - 8) * 3_600_000 + minute * 60_000);
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const minDay = (a: Date, b: Date) => (a.getTime() < b.getTime() ? a : b);

// ——— The plan: everything decided before anything is written (pure, so the test can compare runs) ———

export type PlannedFile = { kind: EvidenceKind; name: string; photo: boolean; capturedAt: Date; uploadedAt: Date };
export type PlannedReview = { decision: ReviewDecision; at: Date; reason: string | null };
export type PlannedCase = {
  unit: string;
  category: Category;
  enterprise: {
    name: string;
    creditCode: string | null;
    industry: Industry;
    address: string;
    contactName: string;
    contactPhone: string;
  };
  status: CaseStatus;
  disposalPath: DisposalPath | null;
  outcome: string | null;
  /** ELIMINATION: the 淘汰类 item it falls under (a name from prisma/seed-policy-bases.ts). */
  policyBasis: string | null;
  dimensions: Dimension[];
  createdAt: Date;
  submittedAt: Date | null;
  acceptedAt: Date | null;
  commitment: { text: string; publishedIn: string; date: Date } | null;
  evidence: PlannedFile[];
  reviews: PlannedReview[];
  /** The department reviewing it (its code), or the office. */
  reviewer: string;
  /** ELIMINATION: the main equipment (淘汰设备清单); 去向 once the work is done. */
  equipment: PlannedEquipment[];
};

export type PlannedEquipment = EquipmentFields & {
  /** The kind of the case's evidence that proves it (the first such file), if the case has one. */
  proofKind: EvidenceKind | null;
};

// Typical 淘汰类 equipment of each industry (产业结构调整指导目录 淘汰类): name, model, capacity per item, unit.
const EQUIPMENT: Partial<Record<Industry, [string, string, number, string][]>> = {
  FOUNDRY: [
    ["中频感应电炉", "KGPS-0.5T", 350, "kW"],
    ["中频感应电炉", "GW-1.0T", 750, "kW"],
    ["无芯工频感应电炉", "GWJ-0.75", 400, "kW"],
    ["冲天炉", "3吨/小时", 3, "吨/小时"],
    ["粘土砂手工造型生产线", "", 2000, "吨/年"],
  ],
  BUILDING_MATERIALS: [
    ["砖瓦轮窑", "18门", 3000, "万件/年"],
    ["立窑", "Φ2.5×10m", 5, "万吨/年"],
    ["简易移动式砌块成型机", "QT4-30", 15, "kW"],
  ],
  METAL_SURFACE: [
    ["手工电镀线", "", 30000, "平方米/年"],
    ["氰化电镀槽", "1.2m³", 45, "kW"],
    ["酸洗槽", "2.0m³", 1200, "吨/年"],
  ],
};
const TRANSFER_DESTINATIONS = [
  "江西省萍乡市湘东区 萍乡某铸造有限公司",
  "安徽省宣城市广德市 广德某机械有限公司",
  "贵州省遵义市汇川区 遵义某建材有限公司",
];

/** The equipment of the demo's eliminations, from a random source of its own (the rest of the plan stays as it was). */
function planEquipment(cases: PlannedCase[]) {
  const r = prng(4040);
  for (const c of cases) {
    if (c.category !== "ELIMINATION" || c.status === "REGISTERED") continue;
    const catalogue = EQUIPMENT[c.enterprise.industry] ?? EQUIPMENT.FOUNDRY!;
    const done = c.status !== "IN_PROGRESS";
    const count = 1 + r.int(3);
    for (let i = 0; i < count; i++) {
      const [name, model, capacity, capacityUnit] = catalogue[(i + r.int(catalogue.length)) % catalogue.length];
      const transferred = c.disposalPath === "DISMANTLED" && r.next() < 0.25;
      const disposition: EquipmentDisposition | null = !done
        ? null
        : c.disposalPath === "SEALED"
          ? "SEALED_ON_SITE"
          : transferred
            ? "TRANSFERRED"
            : "SCRAPPED";
      c.equipment.push({
        name,
        model,
        quantity: capacityUnit === "kW" ? 1 + r.int(3) : 1,
        capacity,
        capacityUnit,
        disposition,
        destination: disposition === "TRANSFERRED" ? r.pick(TRANSFER_DESTINATIONS) : null,
        proofKind: !done
          ? null
          : disposition === "TRANSFERRED"
            ? "EQUIPMENT_DESTINATION"
            : disposition === "SEALED_ON_SITE"
              ? "SEAL_EQUIPMENT_SEALED"
              : "AFTER_PHOTO",
      });
    }
  }
}

const PHOTO_KINDS = new Set<EvidenceKind>([
  "BEFORE_PHOTO",
  "AFTER_PHOTO",
  "SEAL_WATER_CUT",
  "SEAL_POWER_CUT",
  "SEAL_POWER_UNIT_REMOVED",
  "SEAL_EQUIPMENT_SEALED",
]);
const FILE_NAMES: Record<EvidenceKind, string> = {
  ACCEPTANCE_FORM: "验收意见表",
  BEFORE_PHOTO: "整治前照片",
  AFTER_PHOTO: "整治后照片",
  EQUIPMENT_DESTINATION: "设备去向证明",
  SEAL_WATER_CUT: "断水照片",
  SEAL_POWER_CUT: "断电照片",
  SEAL_POWER_UNIT_REMOVED: "拆除动力装置照片",
  SEAL_EQUIPMENT_SEALED: "封存设备照片",
  PUBLIC_COMMITMENT: "公开承诺",
  OTHER: "其他材料",
};

export function planDemoCases(): PlannedCase[] {
  const r = prng(2020);
  const names = new Set<string>();
  const cases: PlannedCase[] = [];
  let eliminationIndex = 0;
  for (const [unit] of UNITS) {
    const plan = PLAN[unit];
    if (!plan) continue;
    const place = unit.replace(/(镇|乡|街道|工业园区)$/, "");
    for (const category of CATEGORIES) {
      const counts = plan[category];
      if (!counts) continue;
      const [registered, accepted] = counts;
      const rest = registered - accepted;
      const submitted = rest >= 1 ? Math.ceil(rest * 0.35) : 0;
      const returned = rest >= 3 ? Math.max(1, Math.floor(rest * 0.15)) : 0;
      const stillRegistered = rest - submitted - returned >= 2 ? 1 : 0;
      const statuses: CaseStatus[] = [
        ...Array<CaseStatus>(accepted).fill("ACCEPTED"),
        ...Array<CaseStatus>(submitted).fill("SUBMITTED"),
        ...Array<CaseStatus>(returned).fill("RETURNED"),
        ...Array<CaseStatus>(stillRegistered).fill("REGISTERED"),
        ...Array<CaseStatus>(rest - submitted - returned - stillRegistered).fill("IN_PROGRESS"),
      ];
      statuses.forEach((status, k) => {
        const industry = r.pick(category === "ELIMINATION" ? ELIMINATION_INDUSTRIES : RECTIFICATION_INDUSTRIES);
        let name: string;
        do name = `宁波市海曙${place}${r.pick(NAME_WORDS)}${r.pick(PRODUCTS[industry])}`;
        while (names.has(name));
        names.add(name);
        const workshop = /作坊|加工点/.test(name);
        const creditCode = workshop ? null : withCheckChar(`91330203MA2${String(100000 + r.int(900000))}`);
        const sealed = category === "ELIMINATION" && eliminationIndex++ % 3 === 2;
        // Registered between 20 February and 20 April; accepted ones earlier on the whole.
        const created = addDays(day("2020-02-20"), status === "ACCEPTED" ? r.int(40) : 10 + r.int(50));
        const createdAt = at(created, 9 + r.int(8), r.int(60));
        const c: PlannedCase = {
          unit,
          category,
          enterprise: {
            name,
            creditCode,
            industry,
            address: `宁波市海曙区${place}${r.pick(STREETS)}${1 + r.int(300)}号`,
            contactName: `${r.pick(["王", "李", "张", "陈", "周", "徐", "孙", "胡"])}${r.pick(["建国", "海波", "利明", "国平", "伟", "丽君", "志强", "晓东"])}`,
            contactPhone: `13${String(100000000 + r.int(900000000))}`,
          },
          status,
          disposalPath:
            category === "ELIMINATION" && status !== "REGISTERED" ? (sealed ? "SEALED" : "DISMANTLED") : null,
          outcome:
            category === "RECTIFICATION" && status !== "REGISTERED"
              ? r.pick(["规范提升", "规范提升", "规范提升", "关停淘汰", "整合入园"])
              : null,
          policyBasis:
            category === "ELIMINATION" && status !== "REGISTERED"
              ? industry === "METAL_SURFACE"
                ? MIIT_POLICY_BASES[0]
                : POLICY_BASES[industry === "BUILDING_MATERIALS" ? 3 : 0]
              : null,
          dimensions: category === "ELIMINATION" ? ["INDUSTRIAL_POLICY"] : r.pick(RECTIFICATION_DIMENSIONS),
          createdAt,
          submittedAt: null,
          acceptedAt: null,
          commitment: null,
          evidence: [],
          reviews: [],
          reviewer: category === "ELIMINATION" || r.next() < 0.6 ? "GQB" : "",
          equipment: [],
        };
        if (!c.reviewer)
          c.reviewer = (
            { ENVIRONMENT: "STHJ", SAFETY: "YJGL", PREMISES: "ZRZY", QUALITY: "SCJG" } as Record<string, string>
          )[c.dimensions[0]];
        planHistory(c, r, k);
        cases.push(c);
      });
    }
  }
  planEquipment(cases);
  return cases;
}

// ——— Enforcement measures: what the computed task lines T5, T6, T11a, T13, T14 count (lib/tasks/line-source.ts) ———

export type PlannedMeasure = {
  /** Index of the case in planDemoCases(). */
  caseIndex: number;
  kind: MeasureKind;
  dimension: Dimension;
  /** The ordering department (its code): a lead of the line the measure counts on. */
  department: string;
  date: Date;
  /** 限期整改 only. */
  deadline: Date | null;
  reference: string;
  note: string;
};

/**
 * Per line: the ordering department, the case dimension, how many cases, and the measures each gets (kind,
 * days after registration, note). In the plan's words: 绿剑 专项执法 (T5), 产品质量 整治 (T6), 非法占用集体土地 (T11a),
 * 未取得施工许可证 (T13), 城镇规划区内违法建筑 (T14).
 */
const MEASURE_PLAN: {
  line: string;
  department: string;
  prefix: string;
  dimension: Dimension;
  cases: number;
  steps: [MeasureKind, number, string][];
}[] = [
  {
    line: "T5",
    department: "STHJ",
    prefix: "甬环海罚",
    dimension: "ENVIRONMENT",
    cases: 4,
    steps: [
      ["ORDER_CORRECTION", 6, "“绿剑·卫蓝”专项执法：废气未经收集处理直排，责令改正"],
      ["RECHECK", 30, "复查：废气收集处理设施已安装并运行"],
    ],
  },
  {
    line: "T6",
    department: "SCJG",
    prefix: "甬海市监罚",
    dimension: "QUALITY",
    cases: 3,
    steps: [
      ["ORDER_CORRECTION", 5, "监督抽查产品质量不合格，责令改正"],
      ["PUBLIC_NOTICE", 12, "抽查不合格结果向社会公告"],
      ["RECHECK", 35, "复查抽检合格"],
    ],
  },
  {
    line: "T11a",
    department: "ZRZY",
    prefix: "甬海自然资规罚",
    dimension: "PREMISES",
    cases: 3,
    steps: [["ORDER_CORRECTION", 8, "非法占用集体土地搭建生产用房，责令退还土地、恢复原状"]],
  },
  {
    line: "T13",
    department: "ZJJ",
    prefix: "海住建罚",
    dimension: "PREMISES",
    cases: 2,
    steps: [["SUSPEND_PRODUCTION", 10, "未取得施工许可证擅自施工的厂房，责令停止施工、停产整治"]],
  },
  {
    line: "T14",
    department: "ZHZF",
    prefix: "海综执罚",
    dimension: "PREMISES",
    cases: 2,
    steps: [
      ["ORDER_CORRECTION", 7, "城镇规划区内违法建筑经营，责令限期拆除"],
      ["RECHECK", 28, "复查：违法建筑已自行拆除"],
    ],
  },
];

/**
 * The demo's enforcement measures: for each line of MEASURE_PLAN, the first cases (in the planned order) that
 * involve its dimension and have started (not 登记), each with the line's steps dated after its registration
 * and no later than its acceptance or the day the demo stands at. A case counts on one line only.
 */
export function planDemoMeasures(planned: PlannedCase[]): PlannedMeasure[] {
  const used = new Set<number>();
  const out: PlannedMeasure[] = [];
  let serial = 0;
  for (const p of MEASURE_PLAN) {
    const eligible = [...planned.entries()].filter(
      ([i, c]) => !used.has(i) && c.status !== "REGISTERED" && c.dimensions.includes(p.dimension),
    );
    // Spread over the units: one case per unit first, in the units' order, then any.
    const units = new Set<string>();
    const chosen: [number, PlannedCase][] = [];
    for (const pass of [true, false])
      for (const [i, c] of eligible) {
        if (chosen.length === p.cases) break;
        if (chosen.some(([j]) => j === i) || (pass && units.has(c.unit))) continue;
        units.add(c.unit);
        chosen.push([i, c]);
      }
    const taken = chosen.length;
    for (const [i, c] of chosen.sort(([a], [b]) => a - b)) {
      used.add(i);
      const last = minDay(c.acceptedAt ? beijingDay(c.acceptedAt) : DEMO_STANDS_AT, DEMO_STANDS_AT);
      for (const [kind, after, note] of p.steps) {
        const date = minDay(addDays(beijingDay(c.createdAt), after), last);
        out.push({
          caseIndex: i,
          kind,
          dimension: p.dimension,
          department: p.department,
          date,
          deadline: null,
          reference: kind === "RECHECK" ? "" : `${p.prefix}〔2020〕${101 + serial++}号`,
          note,
        });
      }
    }
    if (taken < p.cases) fail(`演示数据没有足够的${p.line}案件`);
  }
  return out;
}

function withCheckChar(first17: string) {
  return first17 + creditCheckChar(first17);
}

/** Evidence and review history for the case's final status, all on or before DEMO_STANDS_AT. */
function planHistory(c: PlannedCase, r: ReturnType<typeof prng>, k: number) {
  if (c.status === "REGISTERED") return;
  const last = addDays(DEMO_STANDS_AT, -1);
  const startDay = beijingDay(c.createdAt);
  const file = (kind: EvidenceKind, d: Date, n = 1): PlannedFile => {
    const capturedAt = at(minDay(d, last), 8 + r.int(9), r.int(60));
    return {
      kind,
      name: `${FILE_NAMES[kind]}${n > 1 ? `-${n}` : ""}.${PHOTO_KINDS.has(kind) ? "jpg" : "pdf"}`,
      photo: PHOTO_KINDS.has(kind),
      capturedAt,
      uploadedAt: new Date(capturedAt.getTime() + (1 + r.int(5)) * 3_600_000),
    };
  };
  c.evidence.push(file("BEFORE_PHOTO", addDays(startDay, 1 + r.int(4))));
  if (c.status === "IN_PROGRESS") return;
  // The work is done: the rest of the checklist, shortly before the (first) submission.
  const firstSubmission = minDay(addDays(startDay, 18 + r.int(25)), addDays(last, -12));
  for (const kind of requiredEvidenceKinds(c.category, c.disposalPath)) {
    if (kind !== "BEFORE_PHOTO") c.evidence.push(file(kind, addDays(firstSubmission, -1 - r.int(3))));
  }
  if (c.disposalPath === "SEALED") {
    c.commitment = {
      text: `本企业承诺：已封存的生产设备不再启用、不转移、不出租，接受政府部门和社会监督。`,
      publishedIn: r.pick(["海曙区人民政府网站", "镇（街道）政务公开栏", "《宁波日报》"]),
      date: addDays(firstSubmission, -2),
    };
  }
  let submitted = at(firstSubmission, 10 + r.int(6), r.int(60));
  // Every fourth accepted case was returned once and sent again before its acceptance.
  if (c.status === "RETURNED" || (c.status === "ACCEPTED" && k % 4 === 3)) {
    const returned = at(minDay(addDays(beijingDay(submitted), 2 + r.int(5)), addDays(last, -6)), 15, r.int(60));
    c.reviews.push({ decision: "RETURN", at: returned, reason: r.pick(RETURN_REASONS) });
    if (c.status === "RETURNED") {
      c.submittedAt = submitted;
      return;
    }
    const fixDay = minDay(addDays(beijingDay(returned), 2 + r.int(4)), addDays(last, -5));
    c.evidence.push(file("AFTER_PHOTO", fixDay, 2));
    submitted = at(addDays(fixDay, 1), 10, r.int(60));
  }
  c.submittedAt = submitted;
  if (c.status === "SUBMITTED") return;
  const accepted = at(minDay(addDays(beijingDay(submitted), 2 + r.int(8)), last), 9 + r.int(8), r.int(60));
  c.reviews.push({ decision: "ACCEPT", at: accepted, reason: null });
  c.acceptedAt = accepted;
}

// ——— Writing it ———

type Users = {
  office: string;
  leader: string;
  expert: string | null;
  township: Map<string, string>;
  department: Map<string, string>;
};

export type DemoResult = { skipped: boolean; cases: number; files: number };

/** Seeds the living demo into the 2020 campaign unless it already has cases. */
export async function seedDemo(prisma: PrismaClient): Promise<DemoResult> {
  const campaign = await prisma.campaign.findFirstOrThrow({
    where: { year: CAMPAIGN_2020.year, district: { code: DEFAULT_DISTRICT.code } },
  });
  if ((await prisma.case.count({ where: { campaignId: campaign.id } })) > 0)
    return { skipped: true, cases: 0, files: 0 };

  const units = new Map(
    (
      await prisma.unit.findMany({
        where: { districtId: campaign.districtId },
        include: { quotas: { where: { campaignId: campaign.id } } },
      })
    ).map((u) => [u.name, u]),
  );
  const users = await loadUsers(prisma);
  const ownLists = { where: { districtId: campaign.districtId } };
  const outcomes = new Map((await prisma.rectificationOutcome.findMany(ownLists)).map((o) => [o.name, o.id]));
  const bases = await prisma.policyBasis.findMany(ownLists);
  const policyBases = new Map(bases.map((b) => [b.name, b.id]));
  // T9: a basis's issuer decides the department (lib/cases/policy-department.ts).
  const departmentIds = new Map(
    (await prisma.department.findMany({ where: { districtId: campaign.districtId } })).map((d) => [d.code, d.id]),
  );
  const basisDepartment = new Map(
    bases.map((b) => [b.id, departmentIds.get(policyDepartmentCode(b.issuer) ?? "") ?? null]),
  );
  const leadDimensions = await loadLeadDimensions(prisma);
  const planned = planDemoCases();

  // Every transition through the workflow rules, every submission through the checklist.
  for (const c of planned) checkAgainstRules(c, units.get(c.unit)!.id, outcomes, leadDimensions);

  // The files: generated, then checked exactly as an upload is.
  const files: { bytes: Buffer; meta: PlannedFile; caseIndex: number }[] = [];
  for (const [i, c] of planned.entries()) {
    for (const [j, f] of c.evidence.entries()) {
      const label = `${c.enterprise.name} ${FILE_NAMES[f.kind]}`;
      const bytes = f.photo ? await demoPhoto(i * 16 + j, f.capturedAt) : demoPdf(`Haishu demo ${i}-${j}`, label);
      files.push({ bytes, meta: f, caseIndex: i });
    }
  }
  const inspected: Inspected[] = [];
  for (const f of files) {
    const result = await inspectUpload({ name: f.meta.name, bytes: f.bytes });
    if (!result.ok) throw new Error(`演示数据文件未通过上传检查：${f.meta.name}：${result.message}`);
    if (f.meta.photo && result.capturedAt?.getTime() !== Math.floor(f.meta.capturedAt.getTime() / 1000) * 1000) {
      throw new Error(`演示照片的拍摄时间读取不一致：${f.meta.name}`);
    }
    inspected.push(result);
  }

  await storeThen(
    inspected.map((f) => f.bytes),
    (keys) =>
      prisma.$transaction(
        async (tx) => {
          const caseIds: string[] = [];
          for (const c of planned) {
            const unit = units.get(c.unit)!;
            const enterprise = await tx.enterprise.create({
              data: { ...c.enterprise, unitId: unit.id, createdAt: c.createdAt },
            });
            const row = await tx.case.create({
              data: {
                campaignId: campaign.id,
                enterpriseId: enterprise.id,
                unitId: unit.id,
                category: c.category,
                status: c.status,
                disposalPath: c.disposalPath,
                outcomeId: c.outcome ? outcomes.get(c.outcome)! : null,
                dimensions: c.dimensions,
                policyBasisId: c.policyBasis
                  ? (policyBases.get(c.policyBasis) ?? fail(`没有政策依据 ${c.policyBasis}`))
                  : null,
                policyDepartmentId: c.policyBasis
                  ? (basisDepartment.get(policyBases.get(c.policyBasis)!) ?? null)
                  : null,
                commitmentText: c.commitment?.text,
                commitmentPublishedIn: c.commitment?.publishedIn,
                commitmentDate: c.commitment?.date,
                submittedAt: c.submittedAt,
                acceptedAt: c.acceptedAt,
                createdById: users.township.get(c.unit)!,
                createdAt: c.createdAt,
                updatedAt: c.acceptedAt ?? c.submittedAt ?? c.createdAt,
                version: c.evidence.length + c.reviews.length,
              },
            });
            caseIds.push(row.id);
          }
          const evidence = await tx.evidence.createManyAndReturn({
            select: { id: true, caseId: true, kind: true },
            data: files.map((f, n) => ({
              caseId: caseIds[f.caseIndex],
              kind: f.meta.kind,
              storageKey: keys[n],
              originalName: inspected[n].name,
              mime: inspected[n].mime,
              size: inspected[n].bytes.length,
              sha256: inspected[n].sha256,
              capturedAt: inspected[n].capturedAt,
              uploadedById: users.township.get(planned[f.caseIndex].unit)!,
              createdAt: f.meta.uploadedAt,
            })),
          });
          const proofOf = (caseId: string, kind: EvidenceKind | null) =>
            kind ? (evidence.find((e) => e.caseId === caseId && e.kind === kind)?.id ?? null) : null;
          await tx.caseEquipment.createMany({
            data: planned.flatMap((c, i) =>
              c.equipment.map(({ proofKind, ...item }, n) => ({
                ...item,
                caseId: caseIds[i],
                evidenceId: proofOf(caseIds[i], proofKind),
                displayOrder: n,
                createdById: users.township.get(c.unit)!,
                createdAt: c.createdAt,
              })),
            ),
          });
          await tx.review.createMany({
            data: planned.flatMap((c, i) =>
              c.reviews.map((rv) => ({
                caseId: caseIds[i],
                decision: rv.decision,
                reason: rv.reason,
                createdAt: rv.at,
                reviewerId: c.reviewer === "GQB" ? users.office : users.department.get(c.reviewer)!,
                // A case still returned has not changed since: it may not be submitted again until it does.
                caseVersion:
                  c.status === "RETURNED" && rv === c.reviews.at(-1) ? c.evidence.length + c.reviews.length : null,
              })),
            ),
          });
          await tx.notification.createMany({ data: caseNotifications(planned, caseIds, users) });
          await seedReturnVisits(tx as unknown as PrismaClient, planned, caseIds, (name) => units.get(name)!.id, users);
          await seedTaskProgress(tx as unknown as PrismaClient, campaign.id, users);
          await seedSteelInspections(tx as unknown as PrismaClient, campaign, units, users);
          await seedTips(tx as unknown as PrismaClient, units, users, planned);
          await seedNotices(tx as unknown as PrismaClient, campaign, units, planned, users);
          await seedOversight(tx as unknown as PrismaClient, campaign.id, units, planned, caseIds, users);
          await seedMeasures(tx as unknown as PrismaClient, planned, caseIds, units, users, leadDimensions);
        },
        { timeout: 120_000, maxWait: 20_000 },
      ),
  );
  return { skipped: false, cases: planned.length, files: files.length };
}

async function loadUsers(prisma: PrismaClient): Promise<Users> {
  const all = await prisma.user.findMany({
    where: { district: { code: DEFAULT_DISTRICT.code } },
    include: { unit: true, department: true },
  });
  const byName = (u: string) =>
    all.find((x) => x.username === u)?.id ?? fail(`缺少演示账号 ${u}（请先以演示模式写入种子数据）`);
  return {
    office: byName("office"),
    leader: byName("leader"),
    expert: all.find((u) => u.username === "expert" && u.active)?.id ?? null,
    township: new Map(UNITS.map(([name, , , , , login]) => [name, byName(login)])),
    department: new Map(
      all.filter((u) => u.role === "DEPARTMENT" && u.department).map((u) => [u.department!.code, u.id]),
    ),
  };
}

async function loadLeadDimensions(prisma: PrismaClient) {
  const leads = await prisma.taskLineLead.findMany({ include: { department: true, taskLine: true } });
  const map = new Map<string, Dimension[]>();
  for (const l of leads) map.set(l.department.code, [...(map.get(l.department.code) ?? []), l.taskLine.dimension]);
  return map;
}

function fail(message: string): never {
  throw new Error(message);
}

/** Replays the case's history through lib/cases/workflow and the checklist; throws on the first refusal. */
function checkAgainstRules(
  c: PlannedCase,
  unitId: number,
  outcomes: Map<string, number>,
  leadDimensions: Map<string, Dimension[]>,
) {
  const township: Actor = { role: "TOWNSHIP", unitId, leadDimensions: [] };
  const reviewer: Actor =
    c.reviewer === "GQB"
      ? { role: "OFFICE", unitId: null, leadDimensions: [] }
      : { role: "DEPARTMENT", unitId: null, leadDimensions: leadDimensions.get(c.reviewer) ?? [] };
  let status: CaseStatus = "REGISTERED";
  const step = (action: CaseAction, actor: Actor) => {
    const d = decide(action, actor, { status, unitId, dimensions: c.dimensions });
    if (!d.ok) throw new Error(`演示案件 ${c.enterprise.name} 违反办理规则（${action}）：${d.reason}`);
    status = d.to;
  };
  const submit = (evidenceKinds: EvidenceKind[]) => {
    const missing = missingItems({
      category: c.category,
      disposalPath: c.disposalPath,
      outcomeId: c.outcome ? (outcomes.get(c.outcome) ?? fail(`没有整治结果类别 ${c.outcome}`)) : null,
      commitmentText: c.commitment?.text ?? null,
      commitmentPublishedIn: c.commitment?.publishedIn ?? null,
      commitmentDate: c.commitment?.date ?? null,
      evidenceKinds,
      equipment: c.equipment,
      policyBasisId: c.policyBasis ? 0 : null,
      policyBasisOther: null,
    });
    if (missing.length) throw new Error(`演示案件 ${c.enterprise.name} 上报时还缺：${missing.join("、")}`);
    step("SUBMIT", township);
  };
  // Each file, each review and each submission in time order.
  type Event = { at: Date; run: () => void };
  const events: Event[] = c.evidence.map((f) => ({ at: f.uploadedAt, run: () => step("EDIT", township) }));
  const kindsBy = (t: Date) => c.evidence.filter((f) => f.uploadedAt.getTime() <= t.getTime()).map((f) => f.kind);
  // Submissions: one before every decision, and the last one (submittedAt) if not yet decided.
  for (const r of c.reviews) {
    const before = new Date(r.at.getTime() - 1);
    const sentAt =
      c.reviews.indexOf(r) === c.reviews.length - 1 && c.submittedAt && c.submittedAt < r.at ? c.submittedAt : null;
    events.push({ at: sentAt ?? before, run: () => submit(kindsBy(sentAt ?? before)) });
    events.push({ at: r.at, run: () => step(r.decision, reviewer) });
  }
  if (c.status === "SUBMITTED") events.push({ at: c.submittedAt!, run: () => submit(kindsBy(c.submittedAt!)) });
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const e of events) e.run();
  if (status !== c.status) throw new Error(`演示案件 ${c.enterprise.name} 的状态 ${status} 与计划 ${c.status} 不符`);
  // The stored timestamps tell the same story (统计截至 reads them).
  const now = statusAt(
    { ...c, reviews: c.reviews.map((r) => ({ decision: r.decision, createdAt: r.at })) },
    at(DEMO_STANDS_AT, 23),
  );
  if (now?.status !== c.status) throw new Error(`演示案件 ${c.enterprise.name} 的时间记录与状态不符`);
}

/** A small JPEG, different for every n (colour and stripes), carrying its capture time in EXIF. */
async function demoPhoto(n: number, capturedAt: Date): Promise<Buffer> {
  const r = prng(7919 * (n + 1));
  const width = 96;
  const height = 72;
  const pixels = Buffer.alloc(width * height * 3);
  const base = [60 + r.int(150), 60 + r.int(150), 60 + r.int(150)];
  const stripe = 6 + r.int(10);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const shade = Math.floor((x + y * (1 + (n % 3))) / stripe) % 2 ? 40 : 0;
      const o = (y * width + x) * 3;
      pixels[o] = Math.min(255, base[0] + shade);
      pixels[o + 1] = Math.min(255, base[1] + shade);
      pixels[o + 2] = Math.min(255, base[2] + (y * 60) / height);
    }
  }
  const local = new Date(capturedAt.getTime() + 8 * 3_600_000).toISOString(); // EXIF time is local (Beijing)
  const exifTime = `${local.slice(0, 10).replaceAll("-", ":")} ${local.slice(11, 19)}`;
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 70 })
    .withExif({
      IFD0: { Make: "Demo", Model: "海曙整治演示", ImageDescription: `demo-${n}` },
      IFD2: { DateTimeOriginal: exifTime },
    })
    .toBuffer();
}

/** A minimal valid one-page PDF (text in the standard Helvetica font; ASCII only). */
export function demoPdf(title: string, label: string): Buffer {
  const ascii = (s: string) => s.replace(/[^\x20-\x7e]/g, "").replace(/[()\\]/g, "");
  const text = `BT /F1 14 Tf 40 100 Td (${ascii(title)}) Tj 0 -20 Td (${ascii(label) || "Haishu rectification platform demo document"}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 160] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

function caseNotifications(planned: PlannedCase[], caseIds: string[], users: Users) {
  const rows: { recipientId: string; text: string; href: string; createdAt: Date; readAt: Date | null }[] = [];
  planned.forEach((c, i) => {
    const recipientId = users.township.get(c.unit)!;
    for (const r of c.reviews) {
      const text =
        r.decision === "ACCEPT" ? `整治对象已验收：${c.enterprise.name}` : `整治对象被退回：${c.enterprise.name}`;
      // Returns still open are unread; older news has been read the next day.
      const open = c.status === "RETURNED";
      rows.push({
        recipientId,
        text,
        href: `/cases/${caseIds[i]}`,
        createdAt: r.at,
        readAt: open ? null : addDays(r.at, 1),
      });
    }
  });
  return rows;
}

async function seedReturnVisits(
  tx: PrismaClient,
  planned: PlannedCase[],
  caseIds: string[],
  unitId: (name: string) => number,
  users: Users,
) {
  let n = 0;
  for (const [i, c] of planned.entries()) {
    if (c.category !== "ELIMINATION" || c.status !== "ACCEPTED" || !c.acceptedAt) continue;
    // Sealed lines are always revisited; dismantled ones every other case (the demo's sample).
    if (c.disposalPath !== "SEALED" && n++ % 2 === 1) continue;
    const dueDate = returnVisitDueDate(c.acceptedAt, returnVisitPolicy);
    const visited = dueDate.getTime() <= DEMO_STANDS_AT.getTime();
    await tx.returnVisit.create({
      data: {
        caseId: caseIds[i],
        unitId: unitId(c.unit),
        acceptedAt: c.acceptedAt,
        dueDate,
        createdAt: c.acceptedAt,
        ...(visited && {
          visitedOn: addDays(dueDate, -2),
          result: "COMPLIANT" as const,
          note: "现场复查：设备已拆除（封存），未发现恢复生产迹象。",
          // 回访 is the department's (区发改局 leads 淘汰类); the township accompanies it.
          recordedById: users.department.get("FGJ") ?? users.office,
          accompaniedBy: `${c.unit}经办人`,
          recordedAt: at(addDays(dueDate, -2), 16),
        }),
      },
    });
  }
}

// Typed progress of the lines no record type describes (部门填报). T5, T6, T11a, T13 and T14 count the enforcement
// measures of planDemoMeasures, T9 the accepted 产业政策 cases, T10 the steel inspections: nothing is typed there.
const PROGRESS: Record<string, { date: string; value: number; note: string; caseNotes?: string[] }[]> = {
  T1: [
    { date: "2020-04-15", value: 3, note: "完成3家重点用能企业节能监察" },
    { date: "2020-06-10", value: 4, note: "完成4家企业能耗限额核查" },
  ],
  T2: [{ date: "2020-05-20", value: 1, note: "完成燃煤热电企业能耗对标监察" }],
  T3: [
    { date: "2020-03-31", value: 2, note: "2家喷涂企业完成废气收集改造" },
    { date: "2020-05-31", value: 3, note: "3家印刷企业完成VOCs深度治理" },
  ],
  T7: [
    { date: "2020-04-30", value: 18, note: "有限空间作业企业第一批整治" },
    { date: "2020-06-20", value: 15, note: "第二批整治完成" },
  ],
  T8: [
    { date: "2020-05-10", value: 60, note: "危化品使用企业专项检查" },
    { date: "2020-06-28", value: 42, note: "专项检查第二轮" },
  ],
  T11: [{ date: "2020-05-31", value: 420.5, note: "盘活存量建设用地（上半年第一批）" }],
  T12: [{ date: "2020-06-30", value: 610.25, note: "低效用地再开发项目完成供地" }],
};

async function seedTaskProgress(tx: PrismaClient, campaignId: number, users: Users) {
  const lines = await tx.taskLine.findMany({
    where: { campaignId },
    include: { leads: { include: { department: true } }, items: { orderBy: { displayOrder: "asc" } } },
  });
  for (const line of lines) {
    const authorId = users.department.get(line.leads[0]?.department.code ?? "") ?? users.office;
    for (const p of PROGRESS[line.code] ?? []) {
      await tx.taskProgress.create({
        data: {
          taskLineId: line.id,
          value: p.value,
          note: p.note,
          date: day(p.date),
          authorId,
          caseNotes: p.caseNotes ?? [],
          createdAt: at(day(p.date), 17),
        },
      });
    }
    if (line.items.length) {
      // T4: the low-NOx boiler retrofit is done.
      const item = line.items[0];
      await tx.taskProgress.create({
        data: {
          taskLineId: line.id,
          itemId: item.id,
          value: 1,
          note: "燃气锅炉低氮改造全部完成",
          date: day("2020-06-18"),
          authorId,
          createdAt: at(day("2020-06-18"), 17),
        },
      });
      await tx.taskLineItem.update({ where: { id: item.id }, data: { doneAt: at(day("2020-06-18"), 17) } });
    }
  }
}

/** T10 (steel): 区发改局's inspections — one clear, one with a red line found and its follow-up due; T10 counts them. */
async function seedSteelInspections(
  tx: PrismaClient,
  campaign: { id: number; startDate: Date },
  units: Map<string, { id: number }>,
  users: Users,
) {
  const line = await tx.taskLine.findFirst({ where: { campaignId: campaign.id, code: STEEL_LINE_CODE } });
  if (!line) return;
  const recordedById = users.department.get("FGJ") ?? users.office;
  const visits = [
    {
      unit: "高桥镇",
      name: "宁波高桥示例钢铁制品有限公司",
      code: "91330203MA2800001",
      date: "2020-05-20",
      checks: {
        newCapacity: "CLEAR",
        newCapacityNote: null,
        revivedCapacity: "CLEAR",
        revivedCapacityNote: null,
        substandardSteel: "CLEAR",
        substandardSteelNote: null,
      },
      finding: "三条红线均未发现问题",
      rectification: null,
      followUpDue: null,
    },
    {
      unit: "石碶街道",
      name: "宁波石碶示例轧钢厂",
      code: "91330203MA2800002",
      date: "2020-06-15",
      checks: {
        newCapacity: "CLEAR",
        newCapacityNote: null,
        revivedCapacity: "FOUND",
        revivedCapacityNote: "已拆除的轧钢生产线重新接电试产",
        substandardSteel: "CLEAR",
        substandardSteelNote: null,
      },
      finding: "发现已退出产能死灰复燃迹象",
      rectification: "立即停止生产，拆除动力装置，7月15日前复查",
      followUpDue: "2020-07-15",
    },
  ] as const;
  for (const v of visits) {
    const draft = {
      ...v.checks,
      inspectedOn: day(v.date),
      rectification: v.rectification,
      followUpDue: v.followUpDue ? day(v.followUpDue) : null,
    };
    const check = checkSteelInspection(draft, campaign.startDate, at(day("2020-06-30"), 18));
    if (!check.ok) throw new Error(`演示钢铁巡查违反规则：${check.message}`);
    const unitId = units.get(v.unit)!.id;
    const enterprise = await tx.enterprise.create({
      data: { name: v.name, creditCode: withCheckChar(v.code), unitId, industry: "OTHER", address: `${v.unit}工业区` },
    });
    await tx.steelInspection.create({
      data: {
        ...draft,
        taskLineId: line.id,
        enterpriseId: enterprise.id,
        unitId,
        inspectors: "区发改局 王强、陈明",
        finding: v.finding,
        recordedById,
        createdAt: at(day(v.date), 17),
      },
    });
  }
}

async function seedTips(tx: PrismaClient, units: Map<string, { id: number }>, users: Users, planned: PlannedCase[]) {
  const r = prng(1024);
  const office: TipActor = { role: "OFFICE", unitId: null, departmentId: null };
  const plans: {
    status: TipStatus;
    unit: string;
    enterprise: string;
    description: string;
    named: boolean;
    outcome?: TipOutcome;
    received: string;
  }[] = [
    {
      status: "RECEIVED",
      unit: "古林镇",
      enterprise: "古林镇某无名塑料粒子加工点",
      description: "夜间生产，气味刺鼻，疑似无任何环保手续。",
      named: false,
      received: "2020-06-26",
    },
    {
      status: "ASSIGNED",
      unit: "横街镇",
      enterprise: "横街镇某铸件作坊",
      description: "铸造作坊仍在使用冲天炉，周边灰尘很大。",
      named: true,
      received: "2020-06-15",
    },
    {
      status: "VERIFIED",
      unit: "高桥镇",
      enterprise:
        planned.find((c) => c.unit === "高桥镇" && c.status === "IN_PROGRESS")?.enterprise.name ?? "高桥镇某作坊",
      description: "整治期间仍在偷偷生产。",
      named: true,
      outcome: "PARTLY_TRUE",
      received: "2020-05-28",
    },
    {
      status: "CLOSED",
      unit: "集士港镇",
      enterprise: "集士港镇某五金作坊",
      description: "占用农田搭建厂房生产五金件。",
      named: false,
      outcome: "FALSE",
      received: "2020-05-06",
    },
  ];
  for (const p of plans) {
    const unitId = units.get(p.unit)!.id;
    const received = at(day(p.received), 10, r.int(60));
    const state: TipState = {
      status: "RECEIVED",
      unitId: null,
      departmentId: null,
      reporterName: p.named ? "刘先生" : null,
      reporterPhone: p.named ? "13800000000" : null,
      outcome: null,
      enterpriseId: null,
      caseId: null,
    };
    const data: Record<string, unknown> = {};
    const apply = (action: "ASSIGN" | "VERIFY" | "CLOSE", actor: TipActor) => {
      const d = decideTip(action, actor, state);
      if (!d.ok) throw new Error(`演示举报违反办理规则（${action}）：${d.reason}`);
      state.status = d.to;
    };
    if (p.status !== "RECEIVED") {
      state.unitId = unitId;
      apply("ASSIGN", office);
      Object.assign(data, { unitId, deadline: addDays(day(p.received), 15), assignedAt: addDays(received, 1) });
    }
    if (p.status === "VERIFIED" || (p.status === "CLOSED" && p.named)) {
      apply("VERIFY", { role: "TOWNSHIP", unitId, departmentId: null });
      state.outcome = p.outcome!;
      Object.assign(data, {
        findings: "现场核查：该作坊已停止主要生产设备，但仍有少量包装作业。",
        outcome: p.outcome,
        verifiedById: users.township.get(p.unit),
        verifiedAt: addDays(received, 6),
      });
    }
    if (p.status === "CLOSED") {
      if (p.outcome && !data.outcome) {
        apply("VERIFY", { role: "TOWNSHIP", unitId, departmentId: null });
        Object.assign(data, {
          findings: "现场核查：该地块为农业设施，未发现生产经营活动。",
          outcome: p.outcome,
          verifiedById: users.township.get(p.unit),
          verifiedAt: addDays(received, 5),
        });
      }
      apply("CLOSE", office);
      Object.assign(data, { closingNote: "经核查举报不属实，予以办结。", closedAt: addDays(received, 8) });
    }
    if (state.status !== p.status) throw new Error(`演示举报状态 ${state.status} 与计划 ${p.status} 不符`);
    await tx.tip.create({
      data: {
        reference: newTipReference(received, (n) => r.int(n)),
        reporterName: state.reporterName,
        reporterPhone: state.reporterPhone,
        enterpriseName: p.enterprise,
        address: `宁波市海曙区${p.unit}`,
        reportedUnitId: unitId,
        districtId: (await tx.district.findUniqueOrThrow({ where: { code: DEFAULT_DISTRICT.code } })).id,
        description: p.description,
        status: p.status,
        createdAt: received,
        updatedAt: received,
        ...data,
      },
    });
  }
}

async function seedNotices(
  tx: PrismaClient,
  campaign: { id: number; startDate: Date; deadline: Date; lagThresholdPoints: number },
  units: Map<string, { id: number; name: string; quotas: { category: Category; target: number | null }[] }>,
  planned: PlannedCase[],
  users: Users,
) {
  // 通报 of 10 June naming the slow units, with the figures as they stood that day (frozen, as the portal does).
  const issued = at(day("2020-06-10"), 15);
  const counts = new Map<string, StatusCounts>();
  for (const c of planned) {
    const then = statusAt({ ...c, reviews: c.reviews.map((r) => ({ decision: r.decision, createdAt: r.at })) }, issued);
    if (!then) continue;
    const key = `${units.get(c.unit)!.id}:${c.category}`;
    const n = counts.get(key) ?? emptyStatusCounts();
    n[then.status] += 1;
    counts.set(key, n);
  }
  const inputs = [...units.values()].map((u) => ({
    unitId: u.id,
    name: u.name,
    quotas: Object.fromEntries(
      CATEGORIES.map((c) => [c, u.quotas.find((q) => q.category === c)?.target ?? null]),
    ) as Record<Category, QuotaCell>,
  }));
  const elapsed = elapsedPercent(campaign, issued);
  const roll = rollUp(inputs, (id, c) => counts.get(`${id}:${c}`), elapsed, campaign.lagThresholdPoints);
  const slow = DEMO_SLOW.map((n) => units.get(n)!.id);
  const circular = await tx.supervisionNotice.create({
    data: {
      kind: "CIRCULAR",
      campaignId: campaign.id,
      title: "关于淘汰落后产能和“低散乱”整治进展较慢单位的通报",
      body: "截至6月10日，古林镇、横街镇整治提升验收进度明显滞后于时间进度，请于两周内报送整改措施，加快推进。",
      date: day("2020-06-10"),
      figures: freezeFigures(roll.rows, slow, elapsed, issued),
      issuedById: users.office,
      createdAt: issued,
      referenceNo: "海工强办〔2020〕3号",
      recipients: "古林镇人民政府，横街镇人民政府",
      units: {
        create: [
          { unitId: units.get("古林镇")!.id },
          {
            unitId: units.get("横街镇")!.id,
            acknowledgedAt: at(day("2020-06-11"), 9),
            acknowledgedById: users.township.get("横街镇"),
          },
        ],
      },
    },
  });
  const interview = await tx.supervisionNotice.create({
    data: {
      kind: "INTERVIEW",
      campaignId: campaign.id,
      title: "约谈古林镇整治工作分管负责人",
      body: "整治提升任务28家仅验收2家；淘汰落后产能尚无验收。",
      date: day("2020-06-20"),
      participants: "区工强办主任；古林镇分管副镇长、经发办主任",
      commitments: "7月底前完成5家整治提升验收，淘汰落后产能案件7月中旬上报。",
      followUpDate: day("2020-07-20"),
      issuedById: users.office,
      createdAt: at(day("2020-06-20"), 11),
      startTime: "09:30",
      place: "区经信局301会议室",
      units: { create: [{ unitId: units.get("古林镇")!.id }] },
    },
  });
  await tx.notification.createMany({
    data: [
      ...DEMO_SLOW.map((u) => ({
        recipientId: users.township.get(u)!,
        text: `区工强办通报：${circular.title}，请确认已阅`,
        href: `/units/${units.get(u)!.id}`,
        createdAt: issued,
        readAt: u === "横街镇" ? at(day("2020-06-11"), 9) : null,
      })),
      {
        recipientId: users.township.get("古林镇")!,
        text: `区工强办约谈记录（2020/06/20），跟踪复查 2020/07/20，请确认已阅`,
        href: `/units/${units.get("古林镇")!.id}`,
        createdAt: interview.createdAt,
        readAt: null,
      },
    ],
  });
}

/**
 * 监督检查 and 行业专家 as they stood on 30 June: a June round with the 应急管理局 that sampled accepted
 * cases and left two findings open (due in July), and two questions to the demo expert — one answered
 * on an accepted elimination case, one waiting on a submitted one. Checked against the same rules as the actions.
 */
/** The planned measures, each through the measure rule (lib/cases/measures decideRecordMeasure) as its department. */
async function seedMeasures(
  tx: PrismaClient,
  planned: PlannedCase[],
  caseIds: string[],
  units: Map<string, { id: number }>,
  users: Users,
  leadDimensions: Map<string, Dimension[]>,
) {
  const departments = new Map((await tx.department.findMany()).map((d) => [d.code, d.id]));
  const rows = planDemoMeasures(planned).map((m) => {
    const c = planned[m.caseIndex];
    const departmentId = departments.get(m.department) ?? fail(`没有部门 ${m.department}`);
    const actor = {
      role: "DEPARTMENT" as const,
      unitId: null,
      departmentId,
      leadDimensions: leadDimensions.get(m.department) ?? [],
    };
    const decision = decideRecordMeasure(
      actor,
      { unitId: units.get(c.unit)!.id, dimensions: c.dimensions },
      { kind: m.kind, dimension: m.dimension, date: m.date, deadline: m.deadline, departmentId },
    );
    if (!decision.ok) fail(`演示执法措施违反规则：${c.enterprise.name}：${decision.reason}`);
    return {
      caseId: caseIds[m.caseIndex],
      kind: m.kind,
      dimension: m.dimension,
      departmentId: decision.departmentId,
      date: m.date,
      deadline: m.deadline,
      reference: m.reference,
      note: m.note,
      recordedById: users.department.get(m.department) ?? fail(`没有部门账号 ${m.department}`),
      createdAt: at(m.date, 16),
    };
  });
  await tx.caseMeasure.createMany({ data: rows });
}

async function seedOversight(
  tx: PrismaClient,
  campaignId: number,
  units: Map<string, { id: number }>,
  planned: PlannedCase[],
  caseIds: string[],
  users: Users,
) {
  const yjgl = await tx.department.findFirstOrThrow({
    where: { code: "YJGL", district: { code: DEFAULT_DISTRICT.code } },
  });
  const [start, end] = [day("2020-06-15"), day("2020-06-24")];
  const dates = checkRoundDates(start, end);
  if (!dates.ok) fail(`演示监督检查违反规则：${dates.reason}`);
  const checked = ["集士港镇", "古林镇", "高桥镇"].map((n) => units.get(n)!.id);
  const round = await tx.inspectionRound.create({
    data: {
      campaignId,
      title: "2020年6月淘汰落后产能和整治提升监督检查",
      startDate: start,
      endDate: end,
      sampleSize: 2,
      checklist: "每单位抽查已验收案件 2 件，核实主体设备拆除（封存）和设备去向，查看整治提升现场",
      createdById: users.office,
      createdAt: at(day("2020-06-10"), 10),
      units: { create: checked.map((unitId) => ({ unitId })) },
      departments: { create: [{ departmentId: yjgl.id }] },
    },
  });
  const accepted = planned.flatMap((c, i) =>
    c.status === "ACCEPTED" && c.acceptedAt! < start ? [{ id: caseIds[i], unitId: units.get(c.unit)!.id }] : [],
  );
  const sample = drawSample(accepted, checked, round.sampleSize, round.id);
  await tx.inspectionSample.createMany({
    data: sample.map((c) => ({ roundId: round.id, unitId: c.unitId, caseId: c.id })),
  });
  const inspector = { role: "DEPARTMENT" as const, unitId: null, departmentId: yjgl.id };
  const findings = [
    {
      unit: "古林镇",
      caseId: null,
      on: "2020-06-16",
      due: "2020-07-10",
      problem: "抽查的整治提升企业车间消防通道堆放原料，有限空间作业无审批记录",
      requirement: "清理消防通道，建立有限空间作业审批制度并提供记录",
    },
    {
      unit: "高桥镇",
      caseId: sample.find((c) => c.unitId === units.get("高桥镇")!.id)?.id ?? null,
      on: "2020-06-18",
      due: "2020-07-15",
      problem: "设备去向证明缺少接收方盖章",
      requirement: "补充接收方盖章的设备去向证明",
    },
  ];
  for (const f of findings) {
    const unitId = units.get(f.unit)!.id;
    const recordedAt = at(day(f.on), 15);
    for (const v of [
      checkMayRecord(inspector, { startDate: start, unitIds: checked, departmentIds: [yjgl.id] }, unitId, recordedAt),
      checkDueDate(day(f.due), recordedAt),
    ]) {
      if (!v.ok) fail(`演示监督检查问题违反规则：${v.reason}`);
    }
    const row = await tx.inspectionFinding.create({
      data: {
        roundId: round.id,
        unitId,
        caseId: f.caseId,
        departmentId: yjgl.id,
        problem: f.problem,
        requirement: f.requirement,
        dueDate: day(f.due),
        recordedById: users.department.get("YJGL")!,
        recordedAt,
      },
    });
    await tx.notification.create({
      data: {
        recipientId: users.township.get(f.unit)!,
        text: `监督检查发现问题，请于期限内整改：${round.title}`,
        href: `/inspections/findings/${row.id}`,
        createdAt: recordedAt,
      },
    });
  }

  if (!users.expert) return;
  const expert = users.expert;
  const elimination = (status: PlannedCase["status"]) =>
    planned.findIndex((c) => c.category === "ELIMINATION" && c.status === status);
  const referrals = [
    {
      i: elimination("ACCEPTED"),
      at: "2020-05-20",
      question: "请根据现场照片和拆除验收表，判断该企业熔炼设备是否属于淘汰类、拆除是否到位。",
      answer: {
        on: "2020-05-22",
        conclusion: "CONFIRMED" as const,
        opinion:
          "经查看现场照片和拆除验收表：中频炉属《产业结构调整指导目录》淘汰类，炉体及电源柜已拆除，符合淘汰要求。",
      },
    },
    {
      i: elimination("SUBMITTED"),
      at: "2020-06-28",
      question: "该企业申报淘汰的冲天炉是否属于淘汰类设备？拆除照片能否证明已拆除到位？",
      answer: null,
    },
  ];
  for (const r of referrals) {
    if (r.i < 0) continue;
    const c = planned[r.i];
    const referee = mayReferCase(
      { role: "OFFICE", unitId: null, leadDimensions: [] },
      { unitId: units.get(c.unit)!.id, status: c.status, dimensions: c.dimensions },
    );
    if (!referee.ok) fail(`演示专家咨询违反规则：${referee.reason}`);
    const referredAt = at(day(r.at), 10);
    const row = await tx.expertReferral.create({
      data: {
        campaignId,
        caseId: caseIds[r.i],
        unitId: units.get(c.unit)!.id,
        expertId: expert,
        question: r.question,
        referredById: users.office,
        referredAt,
        ...(r.answer && {
          conclusion: r.answer.conclusion,
          opinion: r.answer.opinion,
          answeredAt: at(day(r.answer.on), 16),
          version: 1,
        }),
      },
    });
    await tx.notification.createMany({
      data: [
        {
          recipientId: expert,
          text: `收到专家咨询：${c.enterprise.name}`,
          href: `/referrals/${row.id}`,
          createdAt: referredAt,
          readAt: r.answer ? at(day(r.answer.on), 9) : null,
        },
        ...(r.answer
          ? [
              {
                recipientId: users.office,
                text: `专家已答复（王建国）：${c.enterprise.name}`,
                href: `/cases/${caseIds[r.i]}`,
                createdAt: at(day(r.answer.on), 16),
              },
            ]
          : []),
      ],
    });
  }
}
