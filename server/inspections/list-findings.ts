import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import type { FindingStatus } from "@/lib/generated/prisma/enums";
import type { FindingFilter } from "@/lib/labels";
import { paginate } from "@/lib/paginate";
import { cachedFigures } from "@/server/cache";
import { prisma } from "@/server/db";
import { findingScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

const FILTER: Record<FindingFilter, Prisma.InspectionFindingWhereInput> = {
  open: { status: "OPEN" },
  answered: { status: "ANSWERED" },
  closed: { status: "CLOSED" },
  all: {},
};

const select = {
  id: true,
  status: true,
  problem: true,
  dueDate: true,
  recordedAt: true,
  unit: { select: { id: true, name: true } },
  round: { select: { id: true, title: true } },
  department: { select: { name: true } },
  case: { select: { id: true, enterprise: { select: { name: true } } } },
} satisfies Prisma.InspectionFindingSelect;

const ORDER: Prisma.InspectionFindingOrderByWithRelationInput[] = [{ dueDate: "asc" }, { id: "asc" }];
const yearsFindings = (
  user: SessionUser,
  campaignId: number,
  filter: FindingFilter,
): Prisma.InspectionFindingWhereInput => ({ AND: [{ round: { campaignId } }, findingScope(user), FILTER[filter]] });

/** One page of the year's findings the user may read, earliest due first. */
export async function listFindings(user: SessionUser, campaignId: number, filter: FindingFilter, page: number) {
  const where = yearsFindings(user, campaignId, filter);
  const total = await prisma.inspectionFinding.count({ where });
  const { page: current, pages, skip, take } = paginate(total, page);
  const rows = await prisma.inspectionFinding.findMany({ where, orderBy: ORDER, skip, take, select });
  return { rows, total, page: current, pages };
}

/** The most rows one export carries (a year has a few hundred findings at most). */
export const FINDING_EXPORT_LIMIT = 5000;

/** The same findings as the list, all of them (up to the limit) with the answer and the office's note, for the Excel export. */
export function listFindingsForExport(user: SessionUser, campaignId: number, filter: FindingFilter) {
  return prisma.inspectionFinding.findMany({
    where: yearsFindings(user, campaignId, filter),
    orderBy: ORDER,
    take: FINDING_EXPORT_LIMIT,
    select: { ...select, requirement: true, answer: true, answeredAt: true, closedAt: true, officeNote: true },
  });
}

const UNRESOLVED: FindingStatus[] = ["OPEN", "ANSWERED"];

/** A unit's findings not yet closed (its page), those the user may read; at most `take`. */
export function listOpenFindings(user: SessionUser, campaignId: number, unitId: number, take = 20) {
  return prisma.inspectionFinding.findMany({
    where: { AND: [{ round: { campaignId }, unitId, status: { in: UNRESOLVED } }, findingScope(user)] },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take,
    select,
  });
}

/** The year's findings not yet closed that the user may read (the dashboard): 待整改 (of which past due) and 已答复. */
export function countOpenFindings(user: SessionUser, campaignId: number, today: Date) {
  return cachedOpenFindings(JSON.stringify(findingScope(user)), campaignId, today.toISOString());
}

// Cached figures (server/cache.ts): the dashboard reads them on every render; the key is the scope itself and the day.
const cachedOpenFindings = cachedFigures("open-findings", async (scope: string, campaignId: number, today: string) => {
  const base = { AND: [{ round: { campaignId } }, JSON.parse(scope)] };
  const [open, overdue, answered] = await Promise.all([
    prisma.inspectionFinding.count({ where: { AND: [base, { status: "OPEN" }] } }),
    prisma.inspectionFinding.count({ where: { AND: [base, { status: "OPEN", dueDate: { lt: new Date(today) } }] } }),
    prisma.inspectionFinding.count({ where: { AND: [base, { status: "ANSWERED" }] } }),
  ]);
  return { open, overdue, answered };
});
