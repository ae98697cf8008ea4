import "server-only";
import { integrityFlags } from "@/lib/cases/integrity";
import { checklist } from "@/lib/cases/requirements";
import { isCuid } from "@/lib/fields";
import { prisma } from "@/server/db";
import { evidenceMaxDistanceM } from "@/server/policies";
import { caseScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** A case page's data, or null when the case does not exist or is out of the user's scope. */
export async function getCase(user: SessionUser, caseId: string) {
  if (!isCuid(caseId)) return null;
  const c = await prisma.case.findFirst({
    where: { AND: [{ id: caseId }, caseScope(user)] },
    include: {
      enterprise: true,
      unit: { select: { name: true } },
      outcome: { select: { name: true } },
      policyBasis: { select: { name: true } },
      measures: {
        orderBy: [{ date: "desc" }, { createdAt: "desc" }],
        include: {
          department: { select: { name: true } },
          recordedBy: { select: { displayName: true } },
          documents: { orderBy: { createdAt: "asc" }, select: { id: true, originalName: true, mime: true, capturedAt: true } },
        },
      },
      evidence: { where: { deletedAt: null }, orderBy: { createdAt: "asc" } },
      reviews: { orderBy: { createdAt: "desc" }, include: { reviewer: { select: { displayName: true, department: { select: { name: true } } } } } },
    },
  });
  if (!c) return null;

  // The same file on another case (any unit) is flagged on both; reviewers see which case.
  const others = await prisma.evidence.findMany({
    where: { sha256: { in: c.evidence.map((e) => e.sha256) }, caseId: { not: c.id }, deletedAt: null },
    select: { sha256: true, case: { select: { unit: { select: { name: true } }, enterprise: { select: { name: true } } } } },
  });
  // A township officer learns that the file is reused, not which other unit's case uses it.
  const duplicates = new Map<string, string[]>();
  for (const o of others) {
    const labels = user.role === "TOWNSHIP" ? [] : [`${o.case.unit.name}·${o.case.enterprise.name}`];
    duplicates.set(o.sha256, [...new Set([...(duplicates.get(o.sha256) ?? []), ...labels])]);
  }

  return {
    ...c,
    checklist: checklist({ ...c, evidenceKinds: c.evidence.map((e) => e.kind) }),
    flags: integrityFlags(c.evidence, duplicates, { site: c.enterprise, maxDistanceM: evidenceMaxDistanceM() }),
  };
}
