// The city demo (`DEMO_CITY=1 npm start`, docs/domain.md §市级): besides 海曙区 from the work plan, 江北区
// with generated figures (isSample: 示例数据 wherever they show) — its townships, a 2020 campaign with
// quotas and cases, some accepted — the city's 2020 targets for both districts, the city's accounts
// (`city` 市工强办, `cityleader` 市领导) and 江北区's (`jiangbei` 区工强办, `cicheng` 慈城镇) with the demo
// password. Idempotent, like prisma/seed.ts.
import { DEFAULT_CITY_SCHEME } from "../lib/assessment/scheme";
import { CATEGORIES, type QuotaCell, sumQuota } from "../lib/campaigns/annex";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { Category, Dimension, Industry } from "../lib/generated/prisma/enums";
import { CAMPAIGN_2020 } from "./seed-data";
import { seedSettingsLists } from "./seed-settings-lists";

/** The day the generated figures stand at (as the living demo of 海曙区, prisma/seed-demo.ts). */
const DEMO_STANDS_AT = new Date("2020-06-30T08:00:00Z");

/** 江北区: a generated district (示例数据). */
export const SAMPLE_DISTRICT = {
  code: "330205",
  name: "江北区",
  officeName: "江北区工业强区建设领导小组办公室",
  officeShortName: "区工强办",
  docPrefix: "北工强办",
  displayOrder: 2,
  isSample: true,
};

/** 江北区's townships and their generated 2020 quotas (淘汰, 整治提升; null = "/"). */
export const SAMPLE_UNITS: [name: string, kind: "TOWN" | "SUBDISTRICT", code: string, QuotaCell, QuotaCell][] = [
  ["慈城镇", "TOWN", "330205101", 4, 30],
  ["庄桥街道", "SUBDISTRICT", "330205001", 3, 25],
  ["洪塘街道", "SUBDISTRICT", "330205002", 2, 20],
  ["甬江街道", "SUBDISTRICT", "330205003", 1, 12],
  ["孔浦街道", "SUBDISTRICT", "330205004", null, 8],
  ["文教街道", "SUBDISTRICT", "330205005", null, 5],
];

/** The city's accounts of the demo (password as the others'). */
export const CITY_ACCOUNTS = [
  { username: "city", displayName: "市工强办管理员", role: "CITY_OFFICE" as const },
  { username: "cityleader", displayName: "市领导", role: "CITY_LEADER" as const },
];
/** 江北区's office account of the demo: sees its own generated district, under a 示例数据 banner. */
export const SAMPLE_OFFICE_USERNAME = "jiangbei";
/** 江北区's township account of the demo: 慈城镇's officer, who registers its 整治对象 as 海曙区's townships do. */
export const SAMPLE_TOWNSHIP = { username: "cicheng", unitCode: "330205101", displayName: "慈城镇经办人" };

const INDUSTRIES: Industry[] = ["FOUNDRY", "BUILDING_MATERIALS", "FOOD", "METAL_SURFACE", "OTHER"];
const INDUSTRY_WORD: Record<Industry, string> = {
  FOUNDRY: "铸造厂",
  BUILDING_MATERIALS: "建材厂",
  FOOD: "食品加工作坊",
  METAL_SURFACE: "金属表面处理厂",
  OTHER: "加工作坊",
};
const DIMENSIONS: Dimension[] = ["ENERGY", "ENVIRONMENT", "SAFETY", "QUALITY"];

/** A small deterministic generator: the same demo every time. */
function generator(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const day = (iso: string) => new Date(`${iso}T02:00:00Z`); // 10:00 Beijing time

export async function seedCityDemo(
  prisma: PrismaClient,
  { haishuDistrictId, cityId, passwordHash }: { haishuDistrictId: number; cityId: number; passwordHash: string },
) {
  const city = await Promise.all(
    CITY_ACCOUNTS.map((a) =>
      prisma.user.upsert({ where: { username: a.username }, create: { ...a, passwordHash }, update: {} }),
    ),
  );
  const district = await prisma.district.upsert({
    where: { code: SAMPLE_DISTRICT.code },
    create: { ...SAMPLE_DISTRICT, cityId },
    update: {},
  });
  const districtId = district.id;
  await seedSettingsLists(prisma, districtId);
  const office = await prisma.department.upsert({
    where: { districtId_code: { districtId, code: "GQB" } },
    create: { districtId, code: "GQB", name: "区工强办", isOffice: true, displayOrder: 1 },
    update: {},
  });
  const officer = await prisma.user.upsert({
    where: { username: SAMPLE_OFFICE_USERNAME },
    create: {
      username: SAMPLE_OFFICE_USERNAME,
      displayName: "江北区工强办管理员",
      role: "OFFICE",
      departmentId: office.id,
      districtId,
      passwordHash,
    },
    update: {},
  });
  const campaign = await prisma.campaign.upsert({
    where: { districtId_year: { districtId, year: CAMPAIGN_2020.year } },
    create: {
      districtId,
      year: CAMPAIGN_2020.year,
      title: "江北区2020年淘汰落后产能及“低散乱”整治提升（示例数据）",
      startDate: CAMPAIGN_2020.startDate,
      deadline: CAMPAIGN_2020.deadline,
      isCurrent: true,
    },
    update: {},
  });
  const units = [];
  for (const [i, [name, kind, code, elimination, rectification]] of SAMPLE_UNITS.entries()) {
    const unit = await prisma.unit.upsert({
      where: { code },
      create: { code, name, kind, displayOrder: i + 1, districtId },
      update: {},
    });
    const quotas = { ELIMINATION: elimination, RECTIFICATION: rectification } as Record<Category, QuotaCell>;
    for (const category of CATEGORIES) {
      await prisma.quota.upsert({
        where: { campaignId_unitId_category: { campaignId: campaign.id, unitId: unit.id, category } },
        create: { campaignId: campaign.id, unitId: unit.id, category, target: quotas[category] },
        update: {},
      });
    }
    units.push({ unit, quotas });
  }
  const township = units.find(({ unit }) => unit.code === SAMPLE_TOWNSHIP.unitCode)!.unit;
  await prisma.user.upsert({
    where: { username: SAMPLE_TOWNSHIP.username },
    create: {
      username: SAMPLE_TOWNSHIP.username,
      displayName: SAMPLE_TOWNSHIP.displayName,
      role: "TOWNSHIP",
      unitId: township.id,
      districtId,
      passwordHash,
    },
    update: {},
  });

  if ((await prisma.case.count({ where: { campaignId: campaign.id } })) === 0) {
    const outcome = await prisma.rectificationOutcome.findFirst({
      where: { districtId },
      orderBy: { displayOrder: "asc" },
    });
    const random = generator(330205);
    let n = 0;
    for (const { unit, quotas } of units) {
      for (const category of CATEGORIES) {
        const quota = quotas[category];
        if (quota === null) continue;
        // Registered: about four in five of the quota; accepted: about half of those, by the demo's day.
        const registered = Math.max(1, Math.round(quota * 0.8));
        const accepted = Math.floor(registered / 2) + random(2);
        for (let k = 0; k < registered; k++) {
          n += 1;
          const industry = INDUSTRIES[random(INDUSTRIES.length)];
          const created = day(`2020-0${2 + random(3)}-${String(1 + random(28)).padStart(2, "0")}`);
          const isAccepted = k < accepted;
          const submitted = !isAccepted && k % 3 === 0;
          const acceptedAt = isAccepted
            ? new Date(Math.min(DEMO_STANDS_AT.getTime(), created.getTime() + (30 + random(60)) * 86_400_000))
            : null;
          const enterprise = await prisma.enterprise.create({
            data: { name: `${unit.name}示例${INDUSTRY_WORD[industry]}${n}`, unitId: unit.id, industry },
          });
          await prisma.case.create({
            data: {
              campaignId: campaign.id,
              enterpriseId: enterprise.id,
              unitId: unit.id,
              category,
              disposalPath: category === "ELIMINATION" ? (random(2) ? "DISMANTLED" : "SEALED") : null,
              outcomeId: category === "RECTIFICATION" && isAccepted ? (outcome?.id ?? null) : null,
              dimensions: [DIMENSIONS[random(DIMENSIONS.length)]],
              status: isAccepted ? "ACCEPTED" : submitted ? "SUBMITTED" : "IN_PROGRESS",
              submittedAt:
                isAccepted && acceptedAt
                  ? new Date(acceptedAt.getTime() - 5 * 86_400_000)
                  : submitted
                    ? day("2020-06-20")
                    : null,
              acceptedAt,
              createdAt: created,
              createdById: officer.id,
            },
          });
        }
      }
    }
  }

  // The city's 2020 targets: each district's as its own breakdown sums (海曙区 21 and 165, the work plan's annex).
  for (const d of [haishuDistrictId, districtId]) {
    const c = await prisma.campaign.findUnique({
      where: { districtId_year: { districtId: d, year: CAMPAIGN_2020.year } },
      select: { quotas: { select: { category: true, target: true } } },
    });
    if (!c) continue;
    for (const category of CATEGORIES) {
      const target = sumQuota(c.quotas.filter((q) => q.category === category).map((q) => q.target));
      await prisma.districtTarget.upsert({
        where: { districtId_year_category: { districtId: d, year: CAMPAIGN_2020.year, category } },
        create: { districtId: d, year: CAMPAIGN_2020.year, category, target, updatedById: city[0].id },
        update: {},
      });
    }
  }

  // 市级评价考核 of 2020: the city's proposal (lib/assessment/scheme.ts), ready to score; nothing scored or published.
  for (const [i, ind] of DEFAULT_CITY_SCHEME.entries()) {
    await prisma.cityAssessmentIndicator.upsert({
      where: { cityId_year_rule: { cityId, year: CAMPAIGN_2020.year, rule: ind.rule } },
      create: { cityId, year: CAMPAIGN_2020.year, ...ind, displayOrder: i + 1 },
      update: {},
    });
  }
}
