import "server-only";

import { equipmentTotals } from "@/lib/cases/equipment";
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
  // Prisma reads every relation with a statement of its own (also for none): the measures and reviews,
  // with their nested relations, only when the case has any; the files of other cases only when reused.
  const c = await prisma.case.findFirst({
    where: { AND: [{ id: caseId }, caseScope(user)] },
    include: {
      enterprise: true,
      unit: { select: { name: true, districtId: true } },
      outcome: { select: { name: true } },
      policyBasis: { select: { name: true, issuer: true } },
      policyDepartment: { select: { id: true, name: true } },
      evidence: { where: { deletedAt: null }, orderBy: { createdAt: "asc" } },
      equipment: {
        orderBy: [{ displayOrder: "asc" }, { createdAt: "asc" }],
        include: { evidence: { select: { id: true, kind: true, originalName: true, deletedAt: true } } },
      },
      _count: { select: { measures: true, reviews: true } },
    },
  });
  if (!c) return null;
  const { _count: count, ...row } = c;
  const [measures, reviews, others] = await Promise.all([
    count.measures === 0
      ? []
      : prisma.caseMeasure.findMany({
          where: { caseId: c.id },
          orderBy: [{ date: "desc" }, { createdAt: "desc" }],
          include: {
            department: { select: { name: true } },
            recordedBy: { select: { displayName: true } },
            documents: {
              orderBy: { createdAt: "asc" },
              select: { id: true, originalName: true, mime: true, capturedAt: true },
            },
          },
        }),
    count.reviews === 0
      ? []
      : prisma.review.findMany({
          where: { caseId: c.id },
          orderBy: [{ createdAt: "desc" }, { caseVersion: { sort: "desc", nulls: "last" } }],
          include: { reviewer: { select: { displayName: true, department: { select: { name: true } } } } },
        }),
    otherCasesWithSameFiles(
      c.id,
      c.evidence.map((e) => e.sha256),
    ),
  ]);

  // The same file on another case (any unit) is flagged on both; reviewers see which case.
  // A township officer learns that the file is reused, not which other unit's case uses it.
  const duplicates = new Map<string, string[]>();
  for (const o of others) {
    const labels = user.role === "TOWNSHIP" ? [] : [`${o.case.unit.name}·${o.case.enterprise.name}`];
    duplicates.set(o.sha256, [...new Set([...(duplicates.get(o.sha256) ?? []), ...labels])]);
  }
  const full = { ...row, measures, reviews };

  return {
    ...full,
    checklist: checklist({ ...full, evidenceKinds: c.evidence.map((e) => e.kind) }),
    equipmentTotals: equipmentTotals(c.equipment),
    flags: integrityFlags(c.evidence, duplicates, { site: c.enterprise, maxDistanceM: evidenceMaxDistanceM() }),
  };
}

/** Files (by content) that other cases also hold, with the unit and enterprise of each; two statements only when there are any. */
async function otherCasesWithSameFiles(caseId: string, sha256s: string[]) {
  const where = { sha256: { in: sha256s }, caseId: { not: caseId }, deletedAt: null };
  if (sha256s.length === 0 || !(await prisma.evidence.findFirst({ where, select: { id: true } }))) return [];
  return prisma.evidence.findMany({
    where,
    select: {
      sha256: true,
      case: { select: { unit: { select: { name: true } }, enterprise: { select: { name: true } } } },
    },
  });
}
