"use server";
import { isManualRule } from "@/lib/assessment/rules";
import { cityAdjustInput } from "@/lib/city/assessment-input";
import { defineAction } from "@/server/action";
import { cityOf, computeCityScores } from "@/server/city/assessment";
import { assertCityNotPublished } from "@/server/city/assessment-guards";
import { ActionError, conflict, notFound } from "@/server/errors";
import { updateVersioned } from "@/server/versioned-update";

/**
 * 市级评价考核 (docs/domain.md §市级): the city office scores a manual indicator of a district (0 up to its full
 * points), or adjusts a computed one (points added or deducted; 0 removes the adjustment) — always with the reason,
 * against the version its form was built on (a score changed meanwhile is refused, not overwritten). Not after
 * publishing, nor on an indicator that does not apply to the district. Entered in the city's log and the district's.
 */
export const adjustCityAssessment = defineAction({
  name: "cityAssessment.adjust",
  input: cityAdjustInput,
  roles: ["CITY_OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const city = await cityOf(tx);
    const indicator = await tx.cityAssessmentIndicator.findFirst({
      where: { id: input.indicatorId, cityId: city.id, year: input.year },
    });
    const district = await tx.district.findFirst({
      where: { id: input.districtId, cityId: city.id },
      select: { id: true, name: true },
    });
    if (!indicator || !district) throw notFound();
    await assertCityNotPublished(tx, city.id, input.year);
    const manual = isManualRule("DISTRICT", indicator.rule);
    if (manual && (input.points < 0 || input.points > indicator.maxPoints))
      throw new ActionError("INVALID", `评分在 0 到 ${indicator.maxPoints} 分之间`, {
        points: [`评分在 0 到 ${indicator.maxPoints} 分之间`],
      });
    const before = await tx.cityAssessmentAdjustment.findUnique({
      where: { indicatorId_districtId: { indicatorId: indicator.id, districtId: district.id } },
    });
    if ((before?.version ?? null) !== input.version) throw conflict();
    if (!manual && input.points !== 0) {
      const { rows } = await computeCityScores(tx, user, city.id, input.year, new Date());
      const c = rows.find((r) => r.subjectId === district.id)?.breakdown.find((b) => b.indicatorId === indicator.id);
      if (c && c.points === null)
        throw new ActionError("INVALID", `“${indicator.label}”对${district.name}不适用（不计分），不能调整`);
    }
    return { indicator, district, before, manual };
  },
  run: async ({ user, input, tx, resource: { indicator, district, before, manual } }) => {
    const data = { points: input.points, reason: input.reason, createdById: user.id };
    let after: object;
    if (!manual && input.points === 0) {
      // Removing a computed indicator's adjustment: only the one the form saw.
      if (before) {
        const { count } = await tx.cityAssessmentAdjustment.deleteMany({
          where: { id: before.id, version: before.version },
        });
        if (count === 0) throw conflict();
      }
      after = { removed: true, reason: input.reason };
    } else if (before) {
      after = await updateVersioned(tx.cityAssessmentAdjustment, before.id, before.version, data);
    } else {
      after = await tx.cityAssessmentAdjustment.create({
        data: { indicatorId: indicator.id, districtId: district.id, ...data },
      });
    }
    const entry = {
      entity: "CityAssessmentAdjustment",
      entityId: `${indicator.id}:${district.id}`,
      before,
      after: { ...after, year: input.year, indicator: indicator.label, district: district.name },
    };
    return {
      data: { points: input.points, manual },
      // The city's log, and the district's own (the city changing its score).
      audit: [entry, { ...entry, districtId: district.id }],
    };
  },
  revalidate: () => ["/city/assessment"],
});
