import "server-only";

import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";

/**
 * The city's published scores of a year are frozen: its scheme and adjustments no longer change. Locks the city
 * row (shared; `exclusive` for publishing) so that an edit and a publication running at the same moment are seen
 * one after the other.
 */
export async function assertCityNotPublished(tx: Tx, cityId: number, year: number, exclusive = false) {
  if (exclusive) await tx.$queryRaw`SELECT id FROM "City" WHERE id = ${cityId} FOR UPDATE`;
  else await tx.$queryRaw`SELECT id FROM "City" WHERE id = ${cityId} FOR SHARE`;
  const published = await tx.cityAssessmentPublication.findUnique({
    where: { cityId_year: { cityId, year } },
    select: { id: true },
  });
  if (published) throw new ActionError("FORBIDDEN", `${year}年度区县考核结果已发布（已冻结），不能再修改方案或评分`);
}
