import "server-only";

import { checkRoundDates, drawSample } from "@/lib/inspections/rules";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";

type Members = { startDate: Date; endDate: Date; unitIds: number[]; departmentIds: number[]; sampleSize: number };

/** The round's dates and the chosen units and departments exist (the office itself is not a participant). */
export async function checkRoundInput(tx: Tx, districtId: number, input: Members) {
  const dates = checkRoundDates(input.startDate, input.endDate);
  if (!dates.ok) throw new ActionError("INVALID", dates.reason);
  const [units, departments] = await Promise.all([
    tx.unit.count({ where: { id: { in: input.unitIds }, districtId } }),
    tx.department.count({ where: { id: { in: input.departmentIds }, isOffice: false, districtId } }),
  ]);
  if (units !== input.unitIds.length) throw new ActionError("INVALID", "被检查单位无效，请刷新页面");
  if (departments !== input.departmentIds.length) throw new ActionError("INVALID", "参加部门无效，请刷新页面");
}

/**
 * Writes (or, for an edit, rewrites) a round's units, departments and sample: `sampleSize` of each unit's
 * ACCEPTED cases of the campaign, drawn with the round's id as the seed.
 */
export async function writeRoundMembers(tx: Tx, round: { id: string; campaignId: number }, input: Members) {
  await tx.inspectionSample.deleteMany({ where: { roundId: round.id } });
  await tx.inspectionRoundUnit.deleteMany({ where: { roundId: round.id } });
  await tx.inspectionRoundDepartment.deleteMany({ where: { roundId: round.id } });
  await tx.inspectionRoundUnit.createMany({ data: input.unitIds.map((unitId) => ({ roundId: round.id, unitId })) });
  await tx.inspectionRoundDepartment.createMany({
    data: input.departmentIds.map((departmentId) => ({ roundId: round.id, departmentId })),
  });
  const accepted =
    input.sampleSize > 0
      ? await tx.case.findMany({
          where: { campaignId: round.campaignId, unitId: { in: input.unitIds }, status: "ACCEPTED" },
          select: { id: true, unitId: true },
        })
      : [];
  const sample = drawSample(accepted, input.unitIds, input.sampleSize, round.id);
  await tx.inspectionSample.createMany({
    data: sample.map((c) => ({ roundId: round.id, caseId: c.id, unitId: c.unitId })),
  });
  return { sampled: sample.length };
}
