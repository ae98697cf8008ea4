import "server-only";

import { HAISHU_ISSUER } from "@/lib/documents/office";
import { nextReferenceNo } from "@/lib/documents/reference-no";
import { prisma, type Tx } from "@/server/db";
import { ActionError } from "@/server/errors";

/**
 * Every 发文字号 the district gave so far (the 通报 form numbers its draft on from them, for the year of its
 * date) — its own only (docs/domain.md §市级).
 */
export async function usedReferenceNos(districtId: number, db: Tx = prisma, year?: number): Promise<string[]> {
  const rows = await db.supervisionNotice.findMany({
    where: {
      campaign: { districtId },
      referenceNo: year === undefined ? { not: null } : { contains: `〔${year}〕` },
    },
    select: { referenceNo: true },
  });
  return rows.map((n) => n.referenceNo!);
}

/** The next 发文字号 of the district's office for `year` (its 机关代字: 海工强办〔year〕n号), one after the highest it used. */
export async function nextOfficeReferenceNo(
  district: { id: number; docPrefix: string },
  year: number,
  db: Tx = prisma,
): Promise<string> {
  return nextReferenceNo(
    await usedReferenceNos(district.id, db, year),
    district.docPrefix || HAISHU_ISSUER.docPrefix,
    year,
  );
}

/** The 发文字号 an issue takes: the one typed (refused when already used), else — when `assign` — the next one. */
export async function referenceNoForIssue(
  db: Tx,
  district: { id: number; docPrefix: string },
  typed: string | null,
  date: Date,
  assign: boolean,
): Promise<string | null> {
  if (typed === null) return assign ? nextOfficeReferenceNo(district, date.getUTCFullYear(), db) : null;
  if (await db.supervisionNotice.findUnique({ where: { referenceNo: typed }, select: { id: true } })) {
    throw new ActionError("CONFLICT", `发文字号 ${typed} 已被使用，请改用其他字号`);
  }
  return typed;
}
