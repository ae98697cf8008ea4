// Seeds the 2020 campaign (units, quotas, departments, task lines) and, in demo mode, the demo
// accounts. Idempotent: every row is upserted on its natural key and existing passwords are kept.
import { pathToFileURL } from "node:url";

import { DEFAULT_SCHEMES } from "../lib/assessment/scheme";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { createDb } from "../server/db-client";
import { hashPassword } from "../server/password";
import {
  CAMPAIGN_2020,
  DEFAULT_CITY,
  DEFAULT_DISTRICT,
  DEMO_PASSWORD,
  DEPARTMENTS,
  TASK_LINES,
  UNITS,
} from "./seed-data";
import { seedSettingsLists } from "./seed-settings-lists";

/**
 * `demo`: the demo accounts. `living` (with demo; `npm start` on the embedded database only): the
 * living demo campaign of prisma/seed-demo.ts — cases, files, reviews, tips, notices. `city` (with demo;
 * `DEMO_CITY=1`): the city demo of prisma/seed-city.ts — 江北区 (示例数据), the city's targets and accounts.
 */
export async function seed(
  prisma: PrismaClient,
  { demo, living = false, city = false }: { demo: boolean; living?: boolean; city?: boolean },
) {
  // 海曙区 of 宁波市 (docs/domain.md §市级): the migration makes them; a database set up otherwise gets them here.
  const district = await defaultDistrict(prisma);
  const districtId = district.id;
  const campaign = await prisma.campaign.upsert({
    where: { districtId_year: { districtId, year: CAMPAIGN_2020.year } },
    create: { ...CAMPAIGN_2020, districtId },
    update: {},
  });
  // The first campaign is the current one until the office makes another current (/admin/campaigns).
  if (!(await prisma.campaign.findFirst({ where: { districtId, isCurrent: true } }))) {
    await prisma.campaign.update({ where: { id: campaign.id }, data: { isCurrent: true } });
  }

  for (const [i, [name, kind, code, elimination, rectification]] of UNITS.entries()) {
    const unit = await prisma.unit.upsert({
      where: { code },
      create: { code, name, kind, displayOrder: i + 1, districtId },
      update: { name, kind, displayOrder: i + 1 },
    });
    for (const [category, target] of [
      ["ELIMINATION", elimination],
      ["RECTIFICATION", rectification],
    ] as const) {
      await prisma.quota.upsert({
        where: { campaignId_unitId_category: { campaignId: campaign.id, unitId: unit.id, category } },
        create: { campaignId: campaign.id, unitId: unit.id, category, target },
        update: {},
      });
    }
  }

  for (const [i, [code, name]] of DEPARTMENTS.entries()) {
    await prisma.department.upsert({
      where: { districtId_code: { districtId, code } },
      create: { code, name, isOffice: code === "GQB", displayOrder: i + 1, districtId },
      update: { name, displayOrder: i + 1 },
    });
  }
  const departmentId = new Map(
    (await prisma.department.findMany({ where: { districtId } })).map((d) => [d.code, d.id]),
  );

  for (const [i, line] of TASK_LINES.entries()) {
    const { code, dimension, title, measure, target, atLeast = false, leads, items = [] } = line;
    const row = await prisma.taskLine.upsert({
      where: { campaignId_code: { campaignId: campaign.id, code } },
      create: { campaignId: campaign.id, code, dimension, title, measure, target, atLeast, displayOrder: i + 1 },
      update: {},
    });
    for (const lead of leads) {
      const key = { taskLineId: row.id, departmentId: departmentId.get(lead)! };
      await prisma.taskLineLead.upsert({ where: { taskLineId_departmentId: key }, create: key, update: {} });
    }
    for (const [j, title] of items.entries()) {
      await prisma.taskLineItem.upsert({
        where: { taskLineId_title: { taskLineId: row.id, title } },
        create: { taskLineId: row.id, title, displayOrder: j + 1 },
        update: {},
      });
    }
  }

  await seedSettingsLists(prisma, districtId);

  // assessment: the 2020 default scheme (our proposal, README “评价考核”), only where none is set.
  for (const target of ["UNIT", "DEPARTMENT"] as const) {
    if (await prisma.assessmentIndicator.count({ where: { campaignId: campaign.id, target } })) continue;
    await prisma.assessmentIndicator.createMany({
      data: DEFAULT_SCHEMES[target].map((ind, i) => ({ campaignId: campaign.id, target, ...ind, displayOrder: i + 1 })),
    });
  }

  if (demo) await seedDemoAccounts(prisma, districtId, departmentId);
  if (demo && city) {
    const { seedCityDemo } = await import("./seed-city");
    await seedCityDemo(prisma, {
      haishuDistrictId: districtId,
      cityId: district.cityId,
      passwordHash: await hashPassword(DEMO_PASSWORD),
    });
    console.log("已写入城市演示数据：海曙区、江北区（示例数据），市级账号 city / cityleader");
  }
  if (demo && living) {
    // Loaded only here: it stores files through server/storage (run with --conditions=react-server).
    const { seedDemo } = await import("./seed-demo");
    const result = await seedDemo(prisma);
    console.log(
      result.skipped
        ? "演示活动数据已存在，未重复写入"
        : `已写入演示活动数据：${result.cases} 件案件、${result.files} 个证据文件`,
    );
  }
}

/** The default city and its district 海曙区, as the migration makes them (codes 330200, 330203). */
export async function defaultDistrict(prisma: PrismaClient) {
  const city = await prisma.city.upsert({
    where: { code: DEFAULT_CITY.code },
    create: DEFAULT_CITY,
    update: {},
  });
  return prisma.district.upsert({
    where: { code: DEFAULT_DISTRICT.code },
    create: { ...DEFAULT_DISTRICT, cityId: city.id },
    update: {},
  });
}

async function seedDemoAccounts(prisma: PrismaClient, districtId: number, departmentId: Map<string, number>) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const units = new Map((await prisma.unit.findMany({ where: { districtId } })).map((u) => [u.code, u.id]));
  const accounts = [
    { username: "leader", displayName: "区领导", role: "LEADER" as const },
    // 行业专家: sees only the questions referred to them.
    { username: "expert", displayName: "王建国", role: "EXPERT" as const, organisation: "宁波市铸造行业协会" },
    ...DEPARTMENTS.map(([code, name, username]) => ({
      username,
      displayName: code === "GQB" ? `${name}管理员` : `${name}经办人`,
      role: code === "GQB" ? ("OFFICE" as const) : ("DEPARTMENT" as const),
      departmentId: departmentId.get(code),
    })),
    ...UNITS.map(([name, , code, , , username]) => ({
      username,
      displayName: `${name}经办人`,
      role: "TOWNSHIP" as const,
      unitId: units.get(code),
    })),
  ];
  for (const account of accounts) {
    await prisma.user.upsert({
      where: { username: account.username },
      create: { ...account, passwordHash, districtId },
      update: {},
    });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const demo = process.argv.includes("--demo");
  const living = process.argv.includes("--living");
  const city = process.argv.includes("--city");
  const { prisma, close } = createDb();
  seed(prisma, { demo, living, city })
    .then(() => console.log(`种子数据已写入${demo ? "（含演示账号，密码 " + DEMO_PASSWORD + "）" : ""}`))
    .finally(close);
}
