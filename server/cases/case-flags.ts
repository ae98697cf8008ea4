import "server-only";

import { type Flag, integrityFlags } from "@/lib/cases/integrity";
import type { Tx } from "@/server/db";
import { evidenceMaxDistanceM } from "@/server/policies";

/**
 * The integrity flags (lib/cases/integrity.ts) of several cases at once, for the review queue and the
 * acceptance check: their current evidence, the enterprise's recorded site, and which of their files
 * other cases also hold (without naming those cases — the case page names them). Three statements
 * whatever the number of cases. The caller has already scoped `caseIds` to the user.
 */
export async function flagsOfCases(db: Tx, caseIds: string[]): Promise<Map<string, Flag[]>> {
  const result = new Map<string, Flag[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return result;
  const [evidence, sites] = await Promise.all([
    db.evidence.findMany({
      where: { caseId: { in: caseIds }, deletedAt: null },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        caseId: true,
        kind: true,
        mime: true,
        capturedAt: true,
        sha256: true,
        latitude: true,
        longitude: true,
      },
    }),
    db.case.findMany({
      where: { id: { in: caseIds } },
      select: { id: true, enterprise: { select: { latitude: true, longitude: true } } },
    }),
  ]);
  const shas = [...new Set(evidence.map((e) => e.sha256))];
  const holders =
    shas.length === 0
      ? []
      : await db.evidence.findMany({
          where: { sha256: { in: shas }, deletedAt: null },
          select: { sha256: true, caseId: true },
          distinct: ["sha256", "caseId"],
        });
  const casesOf = new Map<string, Set<string>>();
  for (const h of holders) casesOf.set(h.sha256, (casesOf.get(h.sha256) ?? new Set()).add(h.caseId));
  const maxDistanceM = evidenceMaxDistanceM();
  for (const { id, enterprise } of sites) {
    const own = evidence.filter((e) => e.caseId === id);
    // The same file on any other case: the key alone (no case named here).
    const duplicates = new Map<string, string[]>();
    for (const e of own) {
      if ([...(casesOf.get(e.sha256) ?? [])].some((caseId) => caseId !== id)) duplicates.set(e.sha256, []);
    }
    result.set(id, integrityFlags(own, duplicates, { site: enterprise, maxDistanceM }));
  }
  return result;
}
