import "server-only";

import type { DepartmentFacts, UnitFacts } from "@/lib/assessment/rules";
import {
  type Adjustment,
  type Indicator,
  rankedCount,
  type ScoreRow,
  scoreSheet,
  type Subject,
} from "@/lib/assessment/score";
import { asOfMoment } from "@/lib/dashboard/history";
import type { Campaign } from "@/lib/generated/prisma/client";
import type { AssessmentTarget } from "@/lib/generated/prisma/enums";
import { prisma, type Tx } from "@/server/db";
import { assessmentScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

import { departmentSubjects, unitSubjects } from "./facts";

/** The targets a user sees, in tab order. */
export function visibleTargets(user: Pick<SessionUser, "role" | "unitId" | "departmentId">): AssessmentTarget[] {
  return (["UNIT", "DEPARTMENT"] as const).filter((t) => assessmentScope(user, t) !== null);
}

export async function schemeOf(db: Tx, campaignId: number, target: AssessmentTarget) {
  return db.assessmentIndicator.findMany({ where: { campaignId, target }, orderBy: { displayOrder: "asc" } });
}

/** Every subject's draft score at the moment `at`, ranked (no scope: for publishing and for scoped reads below). */
export async function computeScores(
  db: Tx,
  campaign: Campaign,
  target: AssessmentTarget,
  at: Date,
): Promise<{ indicators: Indicator[]; rows: ScoreRow[] }> {
  const indicators = await schemeOf(db, campaign.id, target);
  const adjustments: Adjustment[] = await db.assessmentAdjustment.findMany({
    where: { indicator: { campaignId: campaign.id, target } },
    select: { indicatorId: true, subjectId: true, points: true, reason: true },
  });
  const subjects: Subject<UnitFacts | DepartmentFacts>[] =
    target === "UNIT" ? await unitSubjects(db, campaign, at) : await departmentSubjects(db, campaign, at);
  const ctx = { asOf: at, campaignDeadline: campaign.deadline };
  return { indicators, rows: scoreSheet(target, indicators, subjects as Subject<never>[], adjustments, ctx) };
}

export type FrozenScheme = { id: number; rule: string; label: string; maxPoints: number; params: unknown }[];

/**
 * What a user sees of a campaign's assessment for a target: the draft as of a 统计截至 day (null: now —
 * the scores move with the work) and the published, frozen scores, both cut to the user's scope in the
 * query. Null when the user may not see this target at all.
 */
export async function getAssessment(
  user: SessionUser,
  campaign: Campaign,
  target: AssessmentTarget,
  day: Date | null,
  now = new Date(),
  db: Tx = prisma,
) {
  const scope = assessmentScope(user, target);
  if (!scope) return null;
  const at = asOfMoment(day, now);
  const publication = await db.assessmentPublication.findUnique({
    where: { campaignId_target: { campaignId: campaign.id, target } },
    include: {
      // Those not ranked (rank null) after the ranked ones, as in the draft.
      scores: {
        where: scope.subjectId === null ? {} : { subjectId: scope.subjectId },
        orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { subjectId: "asc" }],
      },
    },
  });
  const publishedRanked = publication
    ? await db.assessmentScore.count({ where: { publicationId: publication.id, rank: { not: null } } })
    : 0;
  const { indicators, rows } = await computeScores(db, campaign, target, at);
  return {
    target,
    at,
    indicators,
    draft: scope.subjectId === null ? rows : rows.filter((r) => r.subjectId === scope.subjectId),
    /** How many are ranked in the draft — those 不参与排名 not counted (a township sees its own rank "of N"). */
    ranked: rankedCount(rows),
    publication: publication && {
      asOf: publication.asOf,
      publishedAt: publication.publishedAt,
      scheme: publication.scheme as FrozenScheme,
      ranked: publishedRanked,
      rows: publication.scores.map((s): ScoreRow => ({
        subjectId: s.subjectId,
        name: s.name,
        total: s.total,
        rank: s.rank,
        breakdown: s.breakdown as ScoreRow["breakdown"],
      })),
    },
    /** The office edits the scheme and adjusts scores until the target is published. */
    editable: user.role === "OFFICE" && publication === null,
  };
}

export type Assessment = NonNullable<Awaited<ReturnType<typeof getAssessment>>>;
