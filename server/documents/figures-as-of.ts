import "server-only";

import { asOfMoment } from "@/lib/dashboard/history";
import type { DocumentFigures } from "@/lib/documents/data-date";
import type { Campaign } from "@/lib/generated/prisma/client";
import { freezeFigures } from "@/lib/supervision/rules";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma, type Tx } from "@/server/db";
import type { SessionUser } from "@/server/session";

/**
 * Every unit's figures as a document dated `dataDate` states them: exactly the dashboard's at 统计截至 that day
 * (getDashboard at asOfMoment — the same computation, so a 通报 and the dashboard cannot disagree), frozen as
 * plain JSON. Null for a user who may not see the district's figures.
 */
export async function documentFigures(
  user: SessionUser,
  campaign: Campaign,
  dataDate: Date,
  now: Date,
  db: Tx = prisma,
): Promise<DocumentFigures | null> {
  const at = asOfMoment(dataDate, now);
  const d = await getDashboard(user, campaign, at, undefined, db);
  if (!d || d.unit) return null;
  const frozen = freezeFigures(
    d.rows,
    d.rows.map((r) => r.unitId),
    d.elapsed,
    at,
  );
  return { ...frozen, dataDate: dataDate.toISOString().slice(0, 10) };
}
