import "server-only";
import { CATEGORIES, districtRow, type AnnexRow } from "@/lib/annex";
import { prisma } from "@/server/db";
import { unitScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** The annex for one campaign, unit rows in the source document's order, district row computed. */
export async function getAnnex(user: SessionUser, campaignId: number) {
  const units = await prisma.unit.findMany({
    where: unitScope(user),
    orderBy: { displayOrder: "asc" },
    include: { quotas: { where: { campaignId } } },
  });
  const rows: (AnnexRow & { code: string; kind: (typeof units)[number]["kind"] })[] = units.map((u) => ({
    unitId: u.id,
    name: u.name,
    code: u.code,
    kind: u.kind,
    quotas: Object.fromEntries(
      CATEGORIES.map((c) => [c, u.quotas.find((q) => q.category === c)?.target ?? null]),
    ) as AnnexRow["quotas"],
  }));
  return { rows, district: districtRow(rows) };
}
