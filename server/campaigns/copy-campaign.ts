import "server-only";

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
