import "server-only";

import type { Campaign, Prisma } from "@/lib/generated/prisma/client";
import { paginate } from "@/lib/paginate";
import {
  candidateStanding,
  COMPLETED_AT_DEADLINE,
  needsCreditCode,
  punishmentReason,
} from "@/lib/punishment/joint-punishment";
import { prisma } from "@/server/db";
import { punishmentCaseScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** When the campaign's deadline snapshot was taken, or null (deadline not passed yet, or the job has not run). */
export async function getSnapshotRun(campaignId: number) {
  return prisma.deadlineSnapshotRun.findUnique({ where: { campaignId } });
}

/**
 * The 联合惩戒 candidates of a campaign as a filter (lib/punishment/joint-punishment.ts: not accepted by the
 * deadline): per the deadline snapshot, or (provisional) by the current state.
 */
export function candidateWhere(campaignId: number, snapshotTaken: boolean): Prisma.CaseWhereInput {
  const notCompleted = { notIn: [...COMPLETED_AT_DEADLINE] };
  return snapshotTaken
    ? { campaignId, deadlineSnapshots: { some: { campaignId, status: notCompleted } } }
    : { campaignId, status: notCompleted };
}

/**
 * Cases not accepted by the campaign deadline, in unit order, with their state that day, the reason they would be listed,
 * whether they were finished late (逾期完成) and their confirmation. Until the deadline snapshot exists the
 * list is provisional: the current state stands in for the state at the deadline.
 */
export async function listPunishmentCandidates(user: SessionUser, campaign: Campaign, page: number) {
  const run = await getSnapshotRun(campaign.id);
  const where = {
    AND: [
      punishmentCaseScope(user),
      candidateWhere(campaign.id, run !== null),
      { carriedTo: { is: null } } /* campaigns: a case carried into a later year is not listed */,
    ],
  };
  const [total, confirmed, missingCode] = await Promise.all([
    prisma.case.count({ where }),
    prisma.jointPunishmentEntry.count({ where: { case: where } }),
    prisma.case.count({
      where: { AND: [where, { OR: [{ enterprise: { creditCode: null } }, { enterprise: { creditCode: "" } }] }] },
    }),
  ]);
  const { page: current, pages, skip, take } = paginate(total, page);
  const rows = await prisma.case.findMany({
    where,
    orderBy: [{ unit: { displayOrder: "asc" } }, { enterprise: { name: "asc" } }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      category: true,
      status: true,
      acceptedAt: true,
      unit: { select: { name: true } },
      enterprise: { select: { name: true, creditCode: true } },
      reviews: { where: { decision: "RETURN" }, orderBy: { createdAt: "desc" }, take: 1, select: { reason: true } },
      deadlineSnapshots: { where: { campaignId: campaign.id }, select: { status: true, submittedAt: true } },
      punishment: { select: { reason: true, confirmedAt: true, confirmedBy: { select: { displayName: true } } } },
    },
  });
  return {
    provisional: run === null,
    snapshotTakenAt: run?.takenAt ?? null,
    rows: rows.map(({ deadlineSnapshots, ...r }) => {
      const statusAtDeadline = deadlineSnapshots[0]?.status ?? r.status;
      return {
        ...r,
        statusAtDeadline,
        standing: candidateStanding(r.status),
        missingCreditCode: needsCreditCode(r.enterprise),
        reason:
          r.punishment?.reason ??
          punishmentReason({ ...r, statusAtDeadline, lastReturnReason: r.reviews[0]?.reason ?? null }),
      };
    }),
    total,
    confirmed,
    /** Listed enterprises without a credit code: flagged for completion before the export. */
    missingCode,
    page: current,
    pages,
  };
}
