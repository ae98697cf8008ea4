"use server";
import { freezeRows, frozenScheme } from "@/lib/assessment/score";
import { unscoredItems, unscoredRefusal } from "@/lib/city/assessment";
import { cityPublishInput } from "@/lib/city/assessment-input";
import { asOfMoment } from "@/lib/dashboard/history";
import { beijingDayNumber, dayNumber } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineAction } from "@/server/action";
import { cityOf, computeCityScores } from "@/server/city/assessment";
import { assertCityNotPublished } from "@/server/city/assessment-guards";
import { ActionError } from "@/server/errors";
import { notify } from "@/server/notifications/notify";

/**
 * 市级评价考核 (docs/domain.md §市级): the city office publishes the districts' scores of a year as of a day: every
 * row (total, rank, each indicator with its figure, adjustment and reason) is frozen into the publication, and later
 * data never alters it. Once per year; refused while a manual item of a ranked district is not scored. Each
 * district's office and leader are told, and each district's log records its own frozen row.
 */
export const publishCityAssessment = defineAction({
  name: "cityAssessment.publish",
  input: cityPublishInput,
  roles: ["CITY_OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const city = await cityOf(tx);
    await assertCityNotPublished(tx, city.id, input.year, true);
    const now = new Date();
    if (dayNumber(input.asOf) > beijingDayNumber(now))
      throw new ActionError("INVALID", "统计截至日期不能晚于今天", { asOf: ["统计截至日期不能晚于今天"] });
    const { indicators, rows, districts } = await computeCityScores(
      tx,
      user,
      city.id,
      input.year,
      asOfMoment(input.asOf, now),
    );
    if (indicators.length === 0) throw new ActionError("INVALID", "尚未设定考核方案，不能发布");
    const refusal = unscoredRefusal(unscoredItems(rows));
    if (refusal) throw new ActionError("INVALID", refusal);
    return { city, indicators, rows: freezeRows(rows), districts };
  },
  run: async ({ user, input, tx, resource: { city, indicators, rows, districts } }) => {
    const scheme = frozenScheme(indicators) as Prisma.InputJsonValue;
    const publication = await tx.cityAssessmentPublication.create({
      data: {
        cityId: city.id,
        year: input.year,
        asOf: input.asOf,
        scheme,
        publishedById: user.id,
        scores: {
          create: rows.map((r) => ({
            districtId: r.subjectId,
            name: r.name,
            isSample: districts.get(r.subjectId)?.isSample ?? false,
            rank: r.rank,
            total: r.total,
            breakdown: r.breakdown as unknown as Prisma.InputJsonValue,
          })),
        },
      },
    });
    const text = `市工强办已发布${input.year}年度区县评价考核结果（统计截至${formatDate(input.asOf)}）`;
    for (const r of rows)
      await notify(
        tx,
        r.subjectId,
        { role: { in: ["OFFICE", "LEADER"] } },
        text,
        `/assessment/city?year=${input.year}`,
      );
    return {
      data: { id: publication.id },
      audit: [
        {
          entity: "CityAssessmentPublication",
          entityId: publication.id,
          before: null,
          after: { year: input.year, asOf: input.asOf, scheme, totals: rows.map((r) => [r.name, r.total, r.rank]) },
        },
        ...rows.map((r) => ({
          entity: "CityAssessmentScore",
          entityId: `${publication.id}:${r.subjectId}`,
          before: null,
          after: { year: input.year, asOf: input.asOf, total: r.total, rank: r.rank, breakdown: r.breakdown },
          districtId: r.subjectId,
        })),
      ],
    };
  },
  revalidate: (input) => ["/city/assessment", `/assessment/city`, `/city/assessment?year=${input.year}`],
});
