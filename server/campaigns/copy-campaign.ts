import "server-only";

import { DEFAULT_SCHEMES } from "@/lib/assessment/scheme";
import { TASK_LINES } from "@/prisma/seed-data";
import type { Tx } from "@/server/db";

/**
 * Copies the structure of campaign `fromId` into the new campaign `toId`: task lines (codes, titles,
 * dimensions, measures, targets, "以上", display order; deadlines cleared — the new year sets its own),
 * their lead departments and items (not done), the quotas as a starting point ("/" stays "/"), and the
 * 评价考核 schemes (indicators with points and parameters; not the year's adjustments or publications).
 * Units, departments and outcome categories are global and shared by every year. Returns what was copied.
 */
export async function copyCampaignStructure(tx: Tx, fromId: number, toId: number) {
  const [lines, quotas, indicators] = await Promise.all([
    tx.taskLine.findMany({
      where: { campaignId: fromId },
      orderBy: { displayOrder: "asc" },
      include: { leads: true, items: { orderBy: { displayOrder: "asc" } } },
    }),
    tx.quota.findMany({ where: { campaignId: fromId } }),
    tx.assessmentIndicator.findMany({ where: { campaignId: fromId } }),
  ]);
  for (const line of lines) {
    await tx.taskLine.create({
      data: {
        campaignId: toId,
        code: line.code,
        dimension: line.dimension,
        title: line.title,
        measure: line.measure,
        target: line.target,
        atLeast: line.atLeast,
        displayOrder: line.displayOrder,
        leads: { create: line.leads.map((l) => ({ departmentId: l.departmentId })) },
        items: { create: line.items.map((i) => ({ title: i.title, displayOrder: i.displayOrder })) },
      },
    });
  }
  await tx.quota.createMany({
    data: quotas.map((q) => ({ campaignId: toId, unitId: q.unitId, category: q.category, target: q.target })),
  });
  await tx.assessmentIndicator.createMany({
    data: indicators.map((i) => ({
      campaignId: toId,
      target: i.target,
      rule: i.rule,
      label: i.label,
      maxPoints: i.maxPoints,
      params: i.params ?? {},
      displayOrder: i.displayOrder,
    })),
  });
  return {
    taskLines: lines.length,
    items: lines.reduce((n, l) => n + l.items.length, 0),
    quotas: quotas.length,
    indicators: indicators.length,
  };
}

/**
 * A district's first year (a new district has none to copy): the work plan's structure (prisma/seed-data.ts
 * TASK_LINES) — codes, titles, dimensions, measures and items, each led by the district's department of the plan's code
 * — with no target numbers (the plan's are 海曙区's: the district sets its own), and the default 评价考核 schemes
 * (lib/assessment/scheme.ts). No quotas: the district's 目标任务分解表 starts empty. Returns what was made.
 */
export async function planCampaignStructure(tx: Tx, campaignId: number, districtId: number) {
  const departments = new Map(
    (await tx.department.findMany({ where: { districtId }, select: { id: true, code: true } })).map((d) => [
      d.code,
      d.id,
    ]),
  );
  for (const [i, line] of TASK_LINES.entries()) {
    await tx.taskLine.create({
      data: {
        campaignId,
        code: line.code,
        dimension: line.dimension,
        title: line.title,
        measure: line.measure,
        target: null,
        atLeast: line.atLeast ?? false,
        displayOrder: i + 1,
        leads: {
          create: line.leads.flatMap((code) =>
            departments.has(code) ? [{ departmentId: departments.get(code)! }] : [],
          ),
        },
        items: { create: (line.items ?? []).map((title, j) => ({ title, displayOrder: j + 1 })) },
      },
    });
  }
  const indicators = (["UNIT", "DEPARTMENT"] as const).flatMap((target) =>
    DEFAULT_SCHEMES[target].map((ind, i) => ({ campaignId, target, ...ind, displayOrder: i + 1 })),
  );
  await tx.assessmentIndicator.createMany({ data: indicators });
  return {
    taskLines: TASK_LINES.length,
    items: TASK_LINES.reduce((n, l) => n + (l.items?.length ?? 0), 0),
    quotas: 0,
    indicators: indicators.length,
  };
}
