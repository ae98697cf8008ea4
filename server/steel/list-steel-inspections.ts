import "server-only";

import { paginate } from "@/lib/paginate";
import { STEEL_LINE_CODE } from "@/lib/steel/rules";
import { prisma } from "@/server/db";
import { steelInspectionScope, steelLineWriteScope, taskLineScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { steelSummarySelect } from "@/server/steel/summary-select";

/** The campaign's T10 line, if the user may read it, with whether they record on it (区发改局, the office). */
export async function getSteelLine(user: SessionUser, campaignId: number) {
  const line = await prisma.taskLine.findFirst({
    where: { AND: [{ campaignId, code: STEEL_LINE_CODE }, taskLineScope(user)] },
    include: { campaign: true, leads: { include: { department: { select: { name: true } } } } },
  });
  if (!line) return null;
  const writable = (await prisma.taskLine.count({ where: { AND: [{ id: line.id }, steelLineWriteScope(user)] } })) > 0;
  return { ...line, writable };
}

/** One page of the line's inspections the user may read (a township: its own unit's), newest first, and every row's checks for the summary. */
export async function listSteelInspections(user: SessionUser, taskLineId: number, page: number) {
  const where = { AND: [{ taskLineId }, steelInspectionScope(user)] };
  const all = await prisma.steelInspection.findMany({
    where,
    select: steelSummarySelect,
  });
  const { page: current, pages, skip, take } = paginate(all.length, page);
  const rows = await prisma.steelInspection.findMany({
    where,
    orderBy: [{ inspectedOn: "desc" }, { createdAt: "desc" }],
    skip,
    take,
    include: {
      enterprise: { select: { id: true, name: true, creditCode: true } },
      unit: { select: { name: true } },
      recordedBy: { select: { displayName: true, department: { select: { name: true } } } },
      files: { orderBy: { createdAt: "asc" }, select: { id: true, originalName: true, mime: true } },
    },
  });
  return { rows, all, total: all.length, page: current, pages };
}
