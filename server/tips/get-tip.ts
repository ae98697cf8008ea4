import "server-only";

import { isCuid } from "@/lib/fields";
import { isNamed } from "@/lib/tips/workflow";
import { prisma } from "@/server/db";
import { tipScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * One tip with its files and links, or null when missing or out of the user's scope. Only the office
 * learns who reported it; assignees see just whether the tip is named.
 */
export async function getTip(user: SessionUser, tipId: string) {
  if (!isCuid(tipId)) return null;
  const tip = await prisma.tip.findFirst({
    where: { AND: [{ id: tipId }, tipScope(user)] },
    include: {
      reportedUnit: { select: { name: true } },
      unit: { select: { id: true, name: true } },
      department: { select: { id: true, name: true } },
      enterprise: { select: { id: true, name: true, creditCode: true, unit: { select: { name: true } } } },
      verifiedBy: { select: { displayName: true } },
      case: { select: { id: true } },
      files: {
        orderBy: { createdAt: "asc" },
        select: { id: true, originalName: true, mime: true, capturedAt: true, uploadedById: true },
      },
    },
  });
  if (!tip) return null;
  const named = isNamed(tip);
  return user.role === "OFFICE" ? { ...tip, named } : { ...tip, named, reporterName: null, reporterPhone: null };
}

export type TipDetail = NonNullable<Awaited<ReturnType<typeof getTip>>>;
