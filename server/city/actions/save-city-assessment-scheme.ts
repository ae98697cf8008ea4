"use server";
import { citySchemeInput } from "@/lib/assessment/scheme";
import { defineAction } from "@/server/action";
import { cityOf, citySchemeOf } from "@/server/city/assessment";
import { assertCityNotPublished } from "@/server/city/assessment-guards";

/**
 * 市级评价考核 (docs/domain.md §市级): the city office sets a year's scheme for scoring the districts (indicators,
 * points, parameters — the districts' rules of editing a scheme); not after publishing. An indicator dropped
 * takes its adjustments with it (in the audit entry's before).
 */
export const saveCityAssessmentScheme = defineAction({
  name: "cityAssessment.saveScheme",
  input: citySchemeInput,
  roles: ["CITY_OFFICE"],
  authorize: async ({ input, tx }) => {
    const city = await cityOf(tx);
    await assertCityNotPublished(tx, city.id, input.year);
    return { city, before: await citySchemeOf(tx, city.id, input.year) };
  },
  run: async ({ input, tx, resource: { city, before } }) => {
    const kept = new Set(input.indicators.map((i) => i.rule));
    const removed = before.filter((b) => !kept.has(b.rule)).map((b) => b.id);
    const dropped = removed.length
      ? await tx.cityAssessmentAdjustment.findMany({ where: { indicatorId: { in: removed } } })
      : [];
    if (removed.length) {
      await tx.cityAssessmentAdjustment.deleteMany({ where: { indicatorId: { in: removed } } });
      await tx.cityAssessmentIndicator.deleteMany({ where: { id: { in: removed } } });
    }
    for (const [i, ind] of input.indicators.entries()) {
      const data = { label: ind.label, maxPoints: ind.maxPoints, params: ind.params, displayOrder: i + 1 };
      await tx.cityAssessmentIndicator.upsert({
        where: { cityId_year_rule: { cityId: city.id, year: input.year, rule: ind.rule } },
        create: { cityId: city.id, year: input.year, rule: ind.rule, ...data },
        update: { ...data, version: { increment: 1 } },
      });
    }
    const after = await citySchemeOf(tx, city.id, input.year);
    return {
      data: { count: after.length },
      audit: [
        {
          entity: "CityAssessmentScheme",
          entityId: `${city.id}:${input.year}`,
          before: { indicators: before, droppedAdjustments: dropped },
          after,
        },
      ],
    };
  },
  revalidate: () => ["/city/assessment"],
});
