import "server-only";

import type { DepartmentFacts, UnitFacts, WaitFact } from "@/lib/assessment/rules";
import type { Subject } from "@/lib/assessment/score";
import { CATEGORIES, type QuotaCell } from "@/lib/campaigns/annex";
import { isOverdue, latestRectificationDeadline, rectificationDeadline } from "@/lib/cases/overdue";
import { statusAt } from "@/lib/dashboard/history";
import { beijingDay, beijingStartOf } from "@/lib/dates";
import type { Campaign } from "@/lib/generated/prisma/client";
import type { Category, Dimension } from "@/lib/generated/prisma/enums";
import { progressOfLine } from "@/lib/tasks/progress";
import type { Tx } from "@/server/db";

// The plain facts each scoring rule reads, as they stood at the moment `at`, for every unit or every
// department of a campaign — read with the rules the dashboard and the ledger use: a case's status then
// (lib/dashboard statusAt), its deadline and overdue state (lib/cases/overdue), a line's progress
// (lib/task-progress). Scope is applied by the caller (get-assessment.ts): all subjects are needed to rank.

const caseSelect = (at: Date) =>
  ({
    unitId: true,
    category: true,
    status: true,
    dimensions: true,
    deadline: true,
    createdAt: true,
    submittedAt: true,
    acceptedAt: true,
    reviews: { where: { createdAt: { lte: at } }, select: { decision: true, createdAt: true } },
    measures: {
      where: { createdAt: { lte: at } },
      select: { kind: true, date: true, deadline: true, createdAt: true },
    },
  }) as const;

/** Tips assigned within the campaign by the moment (tips carry no campaign: the campaign's start to the moment). */
const tipsWhere = (campaign: Campaign, at: Date) => ({
  districtId: campaign.districtId,
  assignedAt: { gte: beijingStartOf(campaign.startDate), lte: at },
});

const verifiedBy = (at: Date) => (t: { deadline: Date | null; verifiedAt: Date | null }) => ({
  deadline: t.deadline,
  verifiedAt: t.verifiedAt && t.verifiedAt.getTime() <= at.getTime() ? t.verifiedAt : null,
});

export async function unitSubjects(db: Tx, campaign: Campaign, at: Date): Promise<Subject<UnitFacts>[]> {
  const day = beijingDay(at);
  const [units, cases, shares, confirmed, notices, tips] = await Promise.all([
    db.unit.findMany({
      where: { districtId: campaign.districtId },
      orderBy: { displayOrder: "asc" },
      select: {
        id: true,
        name: true,
        quotas: { where: { campaignId: campaign.id }, select: { category: true, target: true } },
      },
    }),
    db.case.findMany({ where: { campaignId: campaign.id, createdAt: { lte: at } }, select: caseSelect(at) }),
    db.taskLineShare.findMany({
      where: { taskLine: { campaignId: campaign.id } },
      select: { taskLineId: true, unitId: true, target: true },
    }),
    db.taskProgress.findMany({
      where: {
        taskLine: { campaignId: campaign.id },
        unitId: { not: null },
        status: "CONFIRMED",
        confirmedAt: { lte: at },
        date: { lte: day },
      },
      select: { taskLineId: true, unitId: true, value: true },
    }),
    db.supervisionNoticeUnit.findMany({
      where: { notice: { campaignId: campaign.id, createdAt: { lte: at } } },
      select: { unitId: true, notice: { select: { kind: true } } },
    }),
    db.tip.findMany({
      where: { unitId: { not: null }, ...tipsWhere(campaign, at) },
      select: { unitId: true, deadline: true, verifiedAt: true },
    }),
  ]);
  const facts = new Map<number, UnitFacts>(
    units.map((u) => [
      u.id,
      {
        quotas: Object.fromEntries(
          CATEGORIES.map((c) => [c, u.quotas.find((q) => q.category === c)?.target ?? null]),
        ) as Record<Category, QuotaCell>,
        accepted: { ELIMINATION: 0, RECTIFICATION: 0 },
        acceptances: [],
        submissions: 0,
        returns: 0,
        overdue: 0,
        shares: [],
        circulars: 0,
        interviews: 0,
        tips: [],
      },
    ]),
  );
  for (const c of cases) {
    const f = facts.get(c.unitId);
    const then = statusAt(c, at);
    if (!f || !then) continue;
    const measureDeadline = latestRectificationDeadline(c.measures);
    if (then.status === "ACCEPTED") f.accepted[c.category] += 1;
    if (then.acceptedAt)
      f.acceptances.push({
        acceptedAt: then.acceptedAt,
        deadline: rectificationDeadline({ deadline: c.deadline, measureDeadline }),
      });
    const decisions = c.reviews.filter((r) => r.decision !== "REOPEN");
    f.submissions += decisions.length + (then.status === "SUBMITTED" ? 1 : 0);
    f.returns += decisions.filter((r) => r.decision === "RETURN").length;
    if (isOverdue({ status: then.status, deadline: c.deadline, measureDeadline }, at)) f.overdue += 1;
  }
  for (const s of shares) {
    const done = confirmed
      .filter((p) => p.taskLineId === s.taskLineId && p.unitId === s.unitId)
      .reduce((n, p) => n + Number(p.value), 0);
    facts.get(s.unitId)?.shares.push({ target: Number(s.target), confirmed: done });
  }
  for (const n of notices) {
    const f = facts.get(n.unitId);
    if (f && n.notice.kind === "CIRCULAR") f.circulars += 1;
    if (f && n.notice.kind === "INTERVIEW") f.interviews += 1;
  }
  for (const t of tips) facts.get(t.unitId!)?.tips.push(verifiedBy(at)(t));
  return units.map((u) => ({ id: u.id, name: u.name, facts: facts.get(u.id)! }));
}

export async function departmentSubjects(db: Tx, campaign: Campaign, at: Date): Promise<Subject<DepartmentFacts>[]> {
  const [departments, cases, tips] = await Promise.all([
    db.department.findMany({
      where: { isOffice: false, districtId: campaign.districtId },
      orderBy: { displayOrder: "asc" },
      select: {
        id: true,
        name: true,
        leads: {
          where: { taskLine: { campaignId: campaign.id } },
          select: {
            taskLine: {
              select: {
                code: true,
                dimension: true,
                target: true,
                deadline: true,
                items: { select: { id: true } },
                progress: {
                  where: { createdAt: { lte: at } },
                  select: {
                    value: true,
                    date: true,
                    createdAt: true,
                    updatedAt: true,
                    itemId: true,
                    unitId: true,
                    status: true,
                    confirmedAt: true,
                  },
                },
              },
            },
          },
        },
      },
    }),
    db.case.findMany({
      where: { campaignId: campaign.id, submittedAt: { not: null, lte: at } },
      select: caseSelect(at),
    }),
    db.tip.findMany({
      where: { departmentId: { not: null }, ...tipsWhere(campaign, at) },
      select: { departmentId: true, deadline: true, verifiedAt: true },
    }),
  ]);
  return departments.map((d) => {
    const lines: DepartmentFacts["lines"] = [];
    const contributions: WaitFact[] = [];
    const dimensions = new Set<Dimension>();
    for (const { taskLine: line } of d.leads) {
      dimensions.add(line.dimension);
      // A contribution confirmed after the moment was still pending then.
      const progress = line.progress.map((e) => ({
        ...e,
        status: e.status === "CONFIRMED" && e.confirmedAt! > at ? ("PENDING" as const) : e.status,
      }));
      const p = progressOfLine({ ...line, progress }, campaign, at);
      if (p.percent !== null) lines.push({ percent: p.percent, expectedPercent: p.expectedPercent });
      for (const e of progress) {
        if (e.unitId === null) continue;
        const decidedAt = e.status === "CONFIRMED" ? e.confirmedAt : e.status === "RETURNED" ? e.updatedAt : null;
        contributions.push({ since: e.createdAt, decidedAt: decidedAt && decidedAt <= at ? decidedAt : null });
      }
    }
    const reviews: WaitFact[] = cases
      .filter((c) => c.dimensions.some((x) => dimensions.has(x)))
      .map((c) => {
        const decision = c.reviews
          .filter((r) => r.decision !== "REOPEN" && r.createdAt >= c.submittedAt!)
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
        return { since: c.submittedAt!, decidedAt: decision?.createdAt ?? null };
      });
    return {
      id: d.id,
      name: d.name,
      facts: { lines, contributions, reviews, tips: tips.filter((t) => t.departmentId === d.id).map(verifiedBy(at)) },
    };
  });
}
