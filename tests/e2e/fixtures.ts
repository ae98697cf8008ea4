// Cases written straight into the end-to-end database before the portal starts (the embedded
// database is single-process, so this cannot happen while the server runs). They stand in for cases
// registered and reviewed through the case workflow. Each spec file keeps to its own units, so the
// files pass alone and in any order:
//   洞桥镇 (targets 3 / 20): 淘汰 1 accepted + 1 submitted; 整治 2 accepted + 1 in progress — the
//     dashboard's figures (dashboard.spec) and the 联合惩戒 and 通报 journeys (supervision.spec), which
//     change no case status there;
//   望春街道 (targets / / 3): 整治 1 accepted (dashboard.spec);
//   集士港镇: one 整治 case just registered (dashboard.spec: what a township sees and exports);
//   鄞江镇: 淘汰 1 accepted, reopened by the 回访 journey (supervision.spec);
//   横街镇 (targets 1 / 15): two 整治 cases with known history for 统计截至 (dashboard.spec): one
//     registered 2020-03-01, submitted 2020-04-01, returned 2020-05-01, resubmitted 2020-09-01 and
//     accepted 2020-10-15; one registered 2020-11-02 and accepted 2020-12-01. As of 2020-09-30:
//     1 registered, 1 awaiting review, 0 accepted; today: 2 registered, 2 accepted.
//   章水镇: 淘汰 1 registered — site position and iPhone photo (field.spec).
//   古林镇: what its home page lists on a phone (home.spec, which only reads them): a returned 整治 case
//     with the reviewer's reason, a June 监督检查 finding past its 整改期限, a 通报 not yet acknowledged.
// Then the 2020 deadline snapshot (联合惩戒 judges it): the submitted 洞桥示例建材厂 and the in-progress
// 洞桥示例五金作坊 are both listed (not accepted by the deadline). The enforcement journeys (enforcement.spec) register their own case in 龙观乡.
// The case workflow journeys (workflow.spec) register their own cases in 高桥镇.
// The city's accounts e2e-shi (市工强办) and e2e-shiling (市领导) set and read 区县目标 (city-targets.spec).
import type { CaseStatus, Category, Industry } from "../../lib/generated/prisma/enums";
import { createDb } from "../../server/db-client";
import { takeDeadlineSnapshots } from "../../server/punishment/take-deadline-snapshots";

const CASES: [unit: string, category: Category, status: CaseStatus, industry: Industry, name: string][] = [
  ["洞桥镇", "ELIMINATION", "ACCEPTED", "FOUNDRY", "洞桥示例铸造厂"],
  ["洞桥镇", "ELIMINATION", "SUBMITTED", "BUILDING_MATERIALS", "洞桥示例建材厂"],
  ["洞桥镇", "RECTIFICATION", "ACCEPTED", "FOOD", "洞桥示例食品作坊"],
  ["洞桥镇", "RECTIFICATION", "ACCEPTED", "METAL_SURFACE", "洞桥示例电镀作坊"],
  ["洞桥镇", "RECTIFICATION", "IN_PROGRESS", "OTHER", "洞桥示例五金作坊"],
  ["望春街道", "RECTIFICATION", "ACCEPTED", "OTHER", "望春示例加工点"],
  ["集士港镇", "RECTIFICATION", "REGISTERED", "OTHER", "集士港示例塑料作坊"],
  ["鄞江镇", "ELIMINATION", "ACCEPTED", "FOUNDRY", "鄞江示例铸造厂"],
  ["章水镇", "ELIMINATION", "REGISTERED", "FOUNDRY", "章水示例翻砂厂"],
];

const db = createDb();
const { prisma } = db;
try {
  const campaign = await prisma.campaign.findFirstOrThrow({ orderBy: { year: "desc" } });
  const office = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
  for (const [unitName, category, status, industry, name] of CASES) {
    const unit = await prisma.unit.findFirstOrThrow({ where: { name: unitName } });
    const creator = await prisma.user.findFirstOrThrow({ where: { unitId: unit.id } });
    const enterprise = await prisma.enterprise.create({ data: { name, unitId: unit.id, industry } });
    const accepted = status === "ACCEPTED";
    await prisma.case.create({
      data: {
        campaignId: campaign.id,
        enterpriseId: enterprise.id,
        unitId: unit.id,
        category,
        status,
        disposalPath: category === "ELIMINATION" ? "DISMANTLED" : null,
        submittedAt: accepted || status === "SUBMITTED" ? new Date("2020-05-10T02:00:00Z") : null,
        acceptedAt: accepted ? new Date("2020-06-15T02:00:00Z") : null,
        createdById: creator.id,
        reviews: accepted ? { create: { decision: "ACCEPT", reviewerId: office.id } } : undefined,
      },
    });
  }
  const hengjie = await prisma.unit.findFirstOrThrow({ where: { name: "横街镇" } });
  const hengjieOfficer = await prisma.user.findFirstOrThrow({ where: { unitId: hengjie.id } });
  const at = (s: string) => new Date(`${s}T10:00:00+08:00`);
  const HISTORY: [name: string, created: string, submitted: string, reviews: ["ACCEPT" | "RETURN", string][]][] = [
    [
      "横街示例纸箱作坊",
      "2020-03-01",
      "2020-09-01",
      [
        ["RETURN", "2020-05-01"],
        ["ACCEPT", "2020-10-15"],
      ],
    ],
    ["横街示例注塑作坊", "2020-11-02", "2020-11-20", [["ACCEPT", "2020-12-01"]]],
  ];
  for (const [name, created, submitted, reviews] of HISTORY) {
    const enterprise = await prisma.enterprise.create({
      data: { name, unitId: hengjie.id, industry: "OTHER", createdAt: at(created) },
    });
    await prisma.case.create({
      data: {
        campaignId: campaign.id,
        enterpriseId: enterprise.id,
        unitId: hengjie.id,
        category: "RECTIFICATION",
        status: "ACCEPTED",
        createdAt: at(created),
        submittedAt: at(submitted),
        acceptedAt: at(reviews.at(-1)![1]),
        createdById: hengjieOfficer.id,
        reviews: {
          create: reviews.map(([decision, day]) => ({
            decision,
            reviewerId: office.id,
            createdAt: at(day),
            reason: decision === "RETURN" ? "照片不清晰" : null,
          })),
        },
      },
    });
  }
  // 古林镇's to-do list (home.spec).
  const gulin = await prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } });
  const gulinOfficer = await prisma.user.findUniqueOrThrow({ where: { username: "gulin" } });
  const yjgl = await prisma.department.findFirstOrThrow({ where: { code: "YJGL" } });
  const yjglUser = await prisma.user.findUniqueOrThrow({ where: { username: "yjgl" } });
  const returnedEnterprise = await prisma.enterprise.create({
    data: { name: "古林示例退回作坊", unitId: gulin.id, industry: "OTHER" },
  });
  await prisma.case.create({
    data: {
      campaignId: campaign.id,
      enterpriseId: returnedEnterprise.id,
      unitId: gulin.id,
      category: "RECTIFICATION",
      dimensions: ["SAFETY"],
      status: "RETURNED",
      submittedAt: at("2020-06-01"),
      createdById: gulinOfficer.id,
      reviews: {
        create: {
          decision: "RETURN",
          reviewerId: office.id,
          createdAt: at("2020-06-05"),
          reason: "整治前后照片拍摄角度不同，请按同一角度补拍",
        },
      },
    },
  });
  await prisma.inspectionRound.create({
    data: {
      campaignId: campaign.id,
      title: "2020年6月古林镇现场检查",
      startDate: new Date("2020-06-15"),
      endDate: new Date("2020-06-24"),
      checklist: "查看整治提升现场",
      createdById: office.id,
      units: { create: [{ unitId: gulin.id }] },
      departments: { create: [{ departmentId: yjgl.id }] },
      findings: {
        create: {
          unitId: gulin.id,
          departmentId: yjgl.id,
          problem: "车间消防通道堆放原料",
          requirement: "清理消防通道并提供现场照片",
          dueDate: new Date("2020-07-10"),
          recordedById: yjglUser.id,
          recordedAt: at("2020-06-16"),
        },
      },
    },
  });
  await prisma.supervisionNotice.create({
    data: {
      kind: "CIRCULAR",
      campaignId: campaign.id,
      title: "关于整治提升进展较慢单位的通报",
      body: "整治提升验收进度滞后于序时进度，请加快推进。",
      date: new Date("2020-06-10"),
      issuedById: office.id,
      units: { create: [{ unitId: gulin.id }] },
    },
  });
  // docs/domain.md §市级: the city's two accounts (no district), with the demo password (city-targets.spec).
  for (const [username, displayName, role] of [
    ["e2e-shi", "市工强办", "CITY_OFFICE"],
    ["e2e-shiling", "市领导", "CITY_LEADER"],
  ] as const)
    await prisma.user.create({ data: { username, displayName, role, passwordHash: office.passwordHash } });
  // The 2020 deadline has passed: what the job runner does once after it — the 联合惩戒 snapshot.
  await takeDeadlineSnapshots(prisma, new Date());
} finally {
  await db.close();
}
