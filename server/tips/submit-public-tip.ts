import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { newTipReference } from "@/lib/tips/workflow";
import { publicTipInput } from "@/lib/tips/tip-input";
import { checkFileName, checkSize } from "@/lib/uploads";
import { writeAudit } from "@/server/audit";
import { prisma } from "@/server/db";
import { notify } from "@/server/notifications/notify";
import { publicTipPolicy, uploadLimits } from "@/server/policies";
import { storeAllThen } from "@/server/storage";
import { inspectUpload, type Inspected } from "@/server/uploads/inspect-upload";

export type PublicTipResult =
  | { ok: true; reference: string }
  | { ok: false; status: number; message: string; fieldErrors?: Record<string, string[]> };

/**
 * A tip from the public page (no account): fields validated, every photo checked like case evidence,
 * then the tip and its photos stored together. The reporter gets only the reference number back.
 */
export async function submitPublicTip(fields: Record<string, unknown>, photos: { name: string; bytes: Buffer }[]): Promise<PublicTipResult> {
  const parsed = publicTipInput.safeParse(fields);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error) as { fieldErrors: Record<string, string[]> };
    return { ok: false, status: 400, message: parsed.error.issues[0]?.message ?? "输入有误", fieldErrors };
  }
  if (photos.length > publicTipPolicy.maxPhotos) return { ok: false, status: 400, message: `最多上传${publicTipPolicy.maxPhotos}张照片` };

  const inspected: Extract<Inspected, { ok: true }>[] = [];
  for (const photo of photos) {
    for (const check of [checkFileName(photo.name), checkSize(photo.bytes.length, uploadLimits)]) {
      if (!check.ok) return { ...check, message: `${photo.name}：${check.message}` };
    }
    const result = await inspectUpload(photo.bytes);
    if (!result.ok) return { ...result, message: `${photo.name}：${result.message}` };
    inspected.push(result);
  }

  const input = parsed.data;
  return storeAllThen(photos.map((p) => p.bytes), (keys) =>
    prisma.$transaction(async (tx) => {
      // A named unit that does not exist is dropped rather than refused: the office assigns anyway.
      const unit = input.reportedUnitId ? await tx.unit.findUnique({ where: { id: input.reportedUnitId }, select: { id: true } }) : null;
      const tip = await tx.tip.create({
        data: {
          reference: newTipReference(new Date(), randomInt),
          reporterName: input.reporterName, reporterPhone: input.reporterPhone, enterpriseName: input.enterpriseName,
          address: input.address, reportedUnitId: unit?.id ?? null, description: input.description,
          files: {
            create: photos.map((p, i) => ({
              storageKey: keys[i], originalName: p.name, mime: inspected[i].mime, size: p.bytes.length,
              sha256: inspected[i].sha256, capturedAt: inspected[i].capturedAt,
            })),
          },
        },
      });
      await writeAudit(tx, null, "tip.submit", [{ entity: "Tip", entityId: tip.id, before: null, after: tip }]);
      await notify(tx, { role: "OFFICE" }, `收到新举报：${tip.enterpriseName}`, `/tips/${tip.id}`);
      return { ok: true as const, reference: tip.reference };
    }),
  );
}
