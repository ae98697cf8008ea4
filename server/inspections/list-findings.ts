import "server-only";

import { beijingDay } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FindingStatus } from "@/lib/generated/prisma/enums";
import {
  FINDING_FILTER_STATUSES,
  type FindingFilter,
  type FindingStateFilter,
  findingStatusAt,
  matchesFinding,
} from "@/lib/inspections/finding-filter";
import { paginate } from "@/lib/paginate";
import { cachedFigures } from "@/server/cache";
import { prisma } from "@/server/db";
import { findingScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** lib/inspections/finding-filter.ts as a query on the stored status (today). */
function stateWhere(f: FindingStateFilter, now: Date): Prisma.InspectionFindingWhereInput {
  const statuses = FINDING_FILTER_STATUSES[f.filter];
  return {
    AND: [
      statuses ? { status: { in: [...statuses] } } : {},
      f.overdue ? { status: "OPEN", dueDate: { lt: beijingDay(now) } } : {},
    ],
  };
}

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
): Prisma.InspectionFindingWhereInput => ({
  AND: [{ round: { campaignId } }, findingScope(user), stateWhere({ filter }, new Date())],
});

/**
 * The findings matching `where` whose state at the past moment `at` matches `f` (findingStatusAt):
 * ids with their status then, earliest due first.
 */
async function findingsAsOf(where: Prisma.InspectionFindingWhereInput, f: FindingStateFilter, at: Date) {
  const rows = await prisma.inspectionFinding.findMany({
    where: { AND: [where, { recordedAt: { lte: at } }] },
    orderBy: ORDER,
    select: { id: true, status: true, recordedAt: true, answeredAt: true, closedAt: true, dueDate: true },
  });
  const out: { id: string; status: FindingStatus }[] = [];
  for (const r of rows) {
    const status = findingStatusAt(r, at);
    if (status && matchesFinding(status, r.dueDate, f, at)) out.push({ id: r.id, status });
  }
  return out;
}

/**
 * One page of the year's findings the user may read, earliest due first. `overdue`: only 逾期 ones;
 * `unitId`: one unit's; `at`: the moment of a past 统计截至 day — the findings as they stood then
 * (each row's status is its status then), what the dashboard's figures count.
 */
export async function listFindings(
  user: SessionUser,
  campaignId: number,
  filter: FindingFilter,
  page: number,
  { overdue = false, unitId, at }: { overdue?: boolean; unitId?: number; at?: Date } = {},
) {
  const now = new Date();
  const base: Prisma.InspectionFindingWhereInput = {
    AND: [{ round: { campaignId } }, findingScope(user), unitId ? { unitId } : {}],
  };
  const f = { filter, overdue };
  if (at && at.getTime() < now.getTime()) {
    const matching = await findingsAsOf(base, f, at);
    const { page: current, pages, skip, take } = paginate(matching.length, page);
    const slice = matching.slice(skip, skip + take);
    const then = new Map(slice.map((m) => [m.id, m.status]));
    const rows = await prisma.inspectionFinding.findMany({
      where: { id: { in: [...then.keys()] } },
      orderBy: ORDER,
      select,
    });
    return { rows: rows.map((r) => ({ ...r, status: then.get(r.id)! })), total: matching.length, page: current, pages };
  }
  const where = { AND: [base, stateWhere(f, now)] };
  const total = await prisma.inspectionFinding.count({ where });
  const { page: current, pages, skip, take } = paginate(total, page);
  const rows = await prisma.inspectionFinding.findMany({ where, orderBy: ORDER, skip, take, select });
  return { rows, total, page: current, pages };
}

/** The most rows one export carries (a year has a few hundred findings at most). */
export const FINDING_EXPORT_LIMIT = 5000;

const exportSelect = {
  ...select,
  requirement: true,
  answer: true,
  answeredAt: true,
  closedAt: true,
  officeNote: true,
} satisfies Prisma.InspectionFindingSelect;

/**
 * The same findings as the list, all of them (up to the limit) with the answer and the office's note, for
 * the Excel export. `at`: the moment of a past 统计截至 day — the findings recorded by then whose state then
 * matches, each with its state then and only what was written by then (a later answer or closing is left out).
 */
export async function listFindingsForExport(user: SessionUser, campaignId: number, filter: FindingFilter, at?: Date) {
  if (!at || at.getTime() >= Date.now()) {
    return prisma.inspectionFinding.findMany({
      where: yearsFindings(user, campaignId, filter),
      orderBy: ORDER,
      take: FINDING_EXPORT_LIMIT,
      select: exportSelect,
    });
  }
  const base = { AND: [{ round: { campaignId } }, findingScope(user)] };
  const matching = (await findingsAsOf(base, { filter }, at)).slice(0, FINDING_EXPORT_LIMIT);
  const then = new Map(matching.map((m) => [m.id, m.status]));
  const rows = await prisma.inspectionFinding.findMany({
    where: { id: { in: [...then.keys()] } },
    orderBy: ORDER,
    select: exportSelect,
  });
  const by = (d: Date | null) => (d && d.getTime() <= at.getTime() ? d : null);
  return rows.map((r) => {
    const answeredAt = by(r.answeredAt);
    const closedAt = by(r.closedAt);
    // The office's note is written when it closes or sends back an answer: kept once that had happened.
    const lastStep = r.closedAt ?? r.answeredAt;
    return {
      ...r,
      status: then.get(r.id)!,
      answeredAt,
      answer: answeredAt ? r.answer : null,
      closedAt,
      officeNote: lastStep && lastStep.getTime() <= at.getTime() ? r.officeNote : null,
    };
  });
}

/**
 * A unit's findings not yet closed (its page), those the user may read: the first `take` and how many
 * in all; `at`: as of a past 统计截至 moment.
 */
export async function listOpenFindings(user: SessionUser, campaignId: number, unitId: number, take = 20, at?: Date) {
  const { rows, total } = await listFindings(user, campaignId, "unresolved", 1, { unitId, at });
  return { rows: rows.slice(0, take), total };
}

/**
 * The year's findings not yet closed that the user may read (the dashboard): 待整改 (of which past due)
 * and 已答复 — on the day of `today`, as of that moment when it is a past one.
 */
export function countOpenFindings(user: SessionUser, campaignId: number, today: Date, at?: Date) {
  const past = at && at.getTime() < Date.now() ? at.toISOString() : null;
  return cachedOpenFindings(JSON.stringify(findingScope(user)), campaignId, today.toISOString(), past);
}

// Cached figures (server/cache.ts): the dashboard reads them on every render; the key is the scope itself and the day.
const cachedOpenFindings = cachedFigures(
  "open-findings",
  async (scope: string, campaignId: number, today: string, past: string | null) => {
    const base = { AND: [{ round: { campaignId } }, JSON.parse(scope)] };
    if (past) {
      const at = new Date(past);
      const open = await findingsAsOf(base, { filter: "open" }, at);
      const answered = await findingsAsOf(base, { filter: "answered" }, at);
      const overdue = await findingsAsOf(base, { filter: "open", overdue: true }, at);
      return { open: open.length, overdue: overdue.length, answered: answered.length };
    }
    const now = new Date(today);
    const [open, overdue, answered] = await Promise.all([
      prisma.inspectionFinding.count({ where: { AND: [base, stateWhere({ filter: "open" }, now)] } }),
      prisma.inspectionFinding.count({
        where: { AND: [base, stateWhere({ filter: "open", overdue: true }, now)] },
      }),
      prisma.inspectionFinding.count({ where: { AND: [base, stateWhere({ filter: "answered" }, now)] } }),
    ]);
    return { open, overdue, answered };
  },
);
