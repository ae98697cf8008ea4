import "server-only";
import { prisma } from "@/server/db";
import { reInspectionScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** A 回头看 photo the user may read (its stored key, name and type) or null (missing and out of scope look the same). */
export function getReInspectionPhoto(user: SessionUser, photoId: string) {
  return prisma.reInspectionPhoto.findFirst({
    where: { id: photoId, reInspection: reInspectionScope(user) },
    select: { storageKey: true, originalName: true, mime: true },
  });
}
