// Hand-made campaigns and cases for the dashboard and export tests, written straight into the
// test file's own database. A campaign of its own year becomes the current campaign, so the figures
// come from these cases alone.
import type { CaseStatus, Category, Industry, ReviewDecision } from "@/lib/generated/prisma/enums";
import { prisma } from "@/server/db";

import { HAISHU_DISTRICT_ID } from "./fixtures";

export type FixtureCase = {
  unit: string;
  category: Category;
  status: CaseStatus;
  industry?: Industry;
  submittedAt?: string;
  acceptedAt?: string;
  evidence?: number;
  reviewer?: string;
  enterprise?: string;
  creditCode?: string;
};

export async function createCampaign(
  year: number,
  quotas: Record<string, [number | null, number | null]>,
  lagThresholdPoints = 20,
) {
  const campaign = await prisma.campaign.create({
    data: {
      districtId: HAISHU_DISTRICT_ID,
      year,
      title: `${year}年测试方案`,
      lagThresholdPoints,
      startDate: new Date(`${year}-01-01`),
      deadline: new Date(`${year}-12-31`),
    },
  });
  // A later year becomes the current campaign, the one pages and exports show (server/campaigns/get-current-campaign.ts).
  const current = await prisma.campaign.findFirst({ where: { isCurrent: true } });
  if (!current || current.year < year) {
    await prisma.campaign.updateMany({ where: { isCurrent: true }, data: { isCurrent: null } });
    await prisma.campaign.update({ where: { id: campaign.id }, data: { isCurrent: true } });
  }
  const units = await prisma.unit.findMany();
  for (const u of units) {
    const [elimination, rectification] = quotas[u.name] ?? [null, null];
    await prisma.quota.createMany({
      data: [
        { campaignId: campaign.id, unitId: u.id, category: "ELIMINATION", target: elimination },
        { campaignId: campaign.id, unitId: u.id, category: "RECTIFICATION", target: rectification },
      ],
    });
  }
  return campaign;
}

export async function addCases(campaignId: number, cases: FixtureCase[]) {
  const creator = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
  for (const [i, c] of cases.entries()) {
    const unit = await prisma.unit.findFirstOrThrow({ where: { name: c.unit } });
    const enterprise = await prisma.enterprise.create({
      data: {
        name: c.enterprise ?? `${c.unit}测试企业${campaignId}-${i}`,
        creditCode: c.creditCode,
        unitId: unit.id,
        industry: c.industry ?? "OTHER",
      },
    });
    const row = await prisma.case.create({
      data: {
        campaignId,
        enterpriseId: enterprise.id,
        unitId: unit.id,
        category: c.category,
        status: c.status,
        disposalPath: c.category === "ELIMINATION" ? "DISMANTLED" : null,
        acceptedAt: c.acceptedAt ? new Date(c.acceptedAt) : null,
        submittedAt: c.submittedAt ? new Date(c.submittedAt) : null,
        createdById: creator.id,
      },
    });
    for (let k = 0; k < (c.evidence ?? 0); k++) {
      await prisma.evidence.create({
        data: {
          caseId: row.id,
          kind: "OTHER",
          storageKey: `fixture/${row.id}/${k}`,
          originalName: `${k}.jpg`,
          mime: "image/jpeg",
          size: 1,
          sha256: "0".repeat(64),
          uploadedById: creator.id,
        },
      });
    }
    if (c.reviewer) {
      const reviewer = await prisma.user.findUniqueOrThrow({ where: { username: c.reviewer } });
      await prisma.review.create({
        data: { caseId: row.id, decision: c.status === "RETURNED" ? "RETURN" : "ACCEPT", reviewerId: reviewer.id },
      });
    }
  }
}

/** A day at 10:00 in Beijing, the time of day the dated fixtures use. */
export const beijingTen = (day: string) => new Date(`${day}T10:00:00+08:00`);

/**
 * A case with its dated history, written straight in (the 统计截至 tests): registered on `created`, submitted on
 * `submitted`, reviewed on the given days (each review by `reviewerId`); `acceptedAt` is the last 受理 when the
 * case stands accepted.
 */
export async function createCaseWithHistory(c: {
  campaignId: number;
  enterpriseId: string;
  unitId: number;
  category: Category;
  status: CaseStatus;
  reviewerId: string;
  created: string;
  submitted: string | null;
  reviews: [ReviewDecision, string][];
}) {
  const accept = c.status === "ACCEPTED" ? c.reviews.filter((r) => r[0] === "ACCEPT").at(-1)![1] : null;
  return prisma.case.create({
    data: {
      campaignId: c.campaignId,
      enterpriseId: c.enterpriseId,
      unitId: c.unitId,
      category: c.category,
      ...(c.category === "ELIMINATION" ? { disposalPath: "DISMANTLED" as const } : {}),
      status: c.status,
      createdById: c.reviewerId,
      createdAt: beijingTen(c.created),
      submittedAt: c.submitted ? beijingTen(c.submitted) : null,
      acceptedAt: accept ? beijingTen(accept) : null,
      reviews: {
        create: c.reviews.map(([decision, day]) => ({
          decision,
          reviewerId: c.reviewerId,
          createdAt: beijingTen(day),
          reason: decision === "ACCEPT" ? null : "理由",
        })),
      },
    },
  });
}
