import "server-only";
import { prisma } from "@/server/db";
import { tipScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { storage } from "@/server/storage";

/** A file of a tip the user may read, or null (missing and out of scope look the same). */
export async function getTipFile(user: SessionUser, fileId: string) {
  const file = await prisma.tipFile.findFirst({
    where: { id: fileId, tip: tipScope(user) },
    select: { storageKey: true, originalName: true, mime: true },
  });
  if (!file) return null;
  return { ...file, bytes: await storage.get(file.storageKey) };
}
