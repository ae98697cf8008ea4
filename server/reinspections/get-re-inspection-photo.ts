import "server-only";
import { prisma } from "@/server/db";
import { reInspectionScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { storage } from "@/server/storage";

/** A 回头看 photo the user may read, or null (missing and out of scope look the same). */
export async function getReInspectionPhoto(user: SessionUser, photoId: string) {
  const photo = await prisma.reInspectionPhoto.findFirst({
    where: { id: photoId, reInspection: reInspectionScope(user) },
    select: { storageKey: true, originalName: true, mime: true },
  });
  if (!photo) return null;
  return { ...photo, bytes: await storage.get(photo.storageKey) };
}
