"use server";
import { publishInput } from "@/lib/assessment/input";
import { freezeRows, frozenScheme } from "@/lib/assessment/score";
import { asOfMoment } from "@/lib/dashboard/history";
import { beijingDayNumber, dayNumber } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { targetLabel } from "@/lib/labels";
import { defineAction } from "@/server/action";
import { computeScores } from "@/server/assessment/get-assessment";
import { assertNotPublished } from "@/server/assessment/guards";
import { notifyAssessed } from "@/server/assessment/notify-assessed";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { ActionError } from "@/server/errors";

/**
 * The office publishes the scores of units or departments as of a day: the rows (total, rank, each
 * indicator's contribution) are frozen into the publication; later data changes never alter them.
 * Once per campaign and target. Allowed after the campaign is closed (the scores are about that year).
 * Those assessed and the leaders are told.
 */
export const publishAssessment = defineAction({
  name: "assessment.publish",
  input: publishInput,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const campaign = await getCurrentCampaign(user, tx);
    await assertNotPublished(tx, campaign.id, input.target);
    const now = new Date();
    if (dayNumber(input.asOf) > beijingDayNumber(now)) throw new ActionError("INVALID", "统计截至日期不能晚于今天");
    const { indicators, rows } = await computeScores(tx, campaign, input.target, asOfMoment(input.asOf, now));
    if (indicators.length === 0) throw new ActionError("INVALID", "尚未设定考核方案，不能发布");
    return { campaign, indicators, rows: freezeRows(rows) };
  },
  run: async ({ user, input, tx, resource: { campaign, indicators, rows } }) => {
    const scheme = frozenScheme(indicators) as Prisma.InputJsonValue;
    const publication = await tx.assessmentPublication.create({
      data: {
        campaignId: campaign.id,
        target: input.target,
        asOf: input.asOf,
        scheme,
        publishedById: user.id,
        scores: {
          create: rows.map((r) => ({
            subjectId: r.subjectId,
            name: r.name,
            rank: r.rank,
            total: r.total,
            breakdown: r.breakdown,
          })),
        },
      },
    });
    await notifyAssessed(
      tx,
      campaign.districtId,
      input.target,
      `${campaign.year}年度考核结果已发布（${targetLabel[input.target]}，统计截至${formatDate(input.asOf)}）`,
    );
    return {
      data: { id: publication.id },
      audit: [
        {
          entity: "AssessmentPublication",
          entityId: publication.id,
          before: null,
          after: { target: input.target, asOf: input.asOf, scheme, totals: rows.map((r) => [r.name, r.total, r.rank]) },
        },
      ],
    };
  },
  revalidate: () => ["/assessment"],
});
