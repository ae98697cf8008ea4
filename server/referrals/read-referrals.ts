import "server-only";

import { isCuid } from "@/lib/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paginate } from "@/lib/paginate";
import { type ReferralState, referralState } from "@/lib/referrals/rules";
import { prisma } from "@/server/db";
import { caseWriteScope, referralScope, userAdminScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** The active expert accounts of the referrer's district they choose from (name and organisation). */
export function listExperts(user: SessionUser) {
  return prisma.user.findMany({
    where: { ...userAdminScope(user), role: "EXPERT", active: true },
    orderBy: [{ organisation: "asc" }, { displayName: "asc" }],
    select: { id: true, displayName: true, organisation: true },
  });
}

/** What every view of a referral shows: the opinion, its files, who asked and who answers. */
const opinionSelect = {
  id: true,
  caseId: true,
  findingId: true,
  question: true,
  conclusion: true,
  opinion: true,
  referredAt: true,
  answeredAt: true,
  withdrawnAt: true,
  version: true,
  departmentId: true,
  expertId: true,
  expert: { select: { displayName: true, organisation: true } },
  referredBy: { select: { displayName: true } },
  department: { select: { name: true } },
  files: {
    where: { deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, originalName: true, mime: true },
  },
} satisfies Prisma.ExpertReferralSelect;

const STATE_WHERE: Record<ReferralState, Prisma.ExpertReferralWhereInput> = {
  OPEN: { answeredAt: null, withdrawnAt: null },
  ANSWERED: { answeredAt: { not: null }, withdrawnAt: null },
  WITHDRAWN: { withdrawnAt: { not: null } },
};

/**
 * The /referrals list: an expert the referrals addressed to them; a department those its department
 * made; the office all — by state (open first), one page.
 */
export async function listReferrals(user: SessionUser, state: ReferralState, page: number) {
  const mine: Prisma.ExpertReferralWhereInput =
    user.role === "DEPARTMENT" ? { departmentId: user.departmentId ?? -1 } : {};
  const where: Prisma.ExpertReferralWhereInput = { AND: [referralScope(user), mine, STATE_WHERE[state]] };
  const total = await prisma.expertReferral.count({ where });
  const { page: current, pages, skip, take } = paginate(total, page);
  const rows = await prisma.expertReferral.findMany({
    where,
    orderBy: state === "OPEN" ? { referredAt: "asc" } : { referredAt: "desc" },
    skip,
    take,
    select: {
      ...opinionSelect,
      unit: { select: { name: true } },
      case: { select: { enterprise: { select: { name: true } }, category: true } },
    },
  });
  const counts = await Promise.all(
    (Object.keys(STATE_WHERE) as ReferralState[]).map(
      async (s) =>
        [
          s,
          await prisma.expertReferral.count({ where: { AND: [referralScope(user), mine, STATE_WHERE[s]] } }),
        ] as const,
    ),
  );
  return { rows, total, page: current, pages, counts: Object.fromEntries(counts) as Record<ReferralState, number> };
}

/**
 * One referral page: the question, the opinion, and what was referred — the case's essentials and its
 * current evidence, or the finding and its files. Null when missing or out of the user's reach.
 */
export async function getReferral(user: SessionUser, referralId: string) {
  if (!isCuid(referralId)) return null;
  const r = await prisma.expertReferral.findFirst({
    where: { AND: [{ id: referralId }, referralScope(user)] },
    select: {
      ...opinionSelect,
      unit: { select: { name: true } },
      case: {
        select: {
          id: true,
          status: true,
          category: true,
          disposalPath: true,
          dimensions: true,
          policyBasisOther: true,
          deadline: true,
          enterprise: { select: { name: true, creditCode: true, industry: true, address: true } },
          policyBasis: { select: { name: true } },
          outcome: { select: { name: true } },
          evidence: {
            where: { deletedAt: null },
            orderBy: { createdAt: "asc" },
            select: { id: true, kind: true, originalName: true, mime: true, capturedAt: true },
          },
        },
      },
      finding: {
        select: {
          problem: true,
          requirement: true,
          dueDate: true,
          status: true,
          recordedAt: true,
          round: { select: { title: true } },
          files: {
            where: { role: "FINDING", deletedAt: null },
            orderBy: { createdAt: "asc" },
            select: { id: true, originalName: true, mime: true },
          },
        },
      },
    },
  });
  return r && { ...r, state: referralState(r) };
}

/** The referrals of a case or a finding for its page (the reviewers' opinion panel): everyone who reads referrals; a township none. */
export async function subjectReferrals(user: SessionUser, subject: { caseId: string } | { findingId: string }) {
  const rows = await prisma.expertReferral.findMany({
    where: { AND: [subject, referralScope(user)] },
    orderBy: { referredAt: "asc" },
    select: opinionSelect,
  });
  return rows.map((r) => ({ ...r, state: referralState(r) }));
}
export type CaseReferral = Awaited<ReturnType<typeof subjectReferrals>>[number];

/**
 * The review queue's 专家意见 summary: the referrals of the submitted cases in the user's remit (the
 * current campaign), newest first, with the campaign's setting.
 */
export async function reviewQueueOpinions(user: SessionUser, campaign: { id: number; expertOpinionRequired: boolean }) {
  const rows = await prisma.expertReferral.findMany({
    where: {
      AND: [
        referralScope(user),
        { campaignId: campaign.id, withdrawnAt: null, case: { AND: [{ status: "SUBMITTED" }, caseWriteScope(user)] } },
      ],
    },
    orderBy: { referredAt: "desc" },
    take: 50,
    select: {
      ...opinionSelect,
      case: { select: { id: true, enterprise: { select: { name: true } }, unit: { select: { name: true } } } },
    },
  });
  return { required: campaign.expertOpinionRequired, rows: rows.map((r) => ({ ...r, state: referralState(r) })) };
}
