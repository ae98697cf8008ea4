import "server-only";

import { randomInt } from "node:crypto";

import { z } from "zod";

import { publicTipInput } from "@/lib/tips/tip-input";
import { newTipReference } from "@/lib/tips/workflow";
import { tipSubject } from "@/lib/tips/workflow";
import { writeAudit } from "@/server/audit";
import { notify } from "@/server/notifications/notify";
import { publicTipPolicy } from "@/server/policies";
import { publicTipDistrict } from "@/server/tips/public-tip-district";
import { uploadFiles } from "@/server/uploads/upload-files";

export type PublicTipResult =
  | { ok: true; reference: string }
  | { ok: false; status: number; message: string; fieldErrors?: Record<string, string[]> };

/**
 * A tip from the public page (no account): fields validated, every photo checked like case evidence
 * and re-encoded without its metadata (no GPS position, camera or author reaches anyone), then the tip
 * and its photos stored together. The reporter gets only the reference number back.
 */
export async function submitPublicTip(
  fields: Record<string, unknown>,
  photos: { name: string; bytes: Buffer }[],
): Promise<PublicTipResult> {
  const parsed = publicTipInput.safeParse(fields);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error) as { fieldErrors: Record<string, string[]> };
    return { ok: false, status: 400, message: parsed.error.issues[0]?.message ?? "输入有误", fieldErrors };
  }
  if (photos.length > publicTipPolicy.maxPhotos)
    return { ok: false, status: 400, message: `最多上传${publicTipPolicy.maxPhotos}张照片` };

  const input = parsed.data;
  // The tip page is reached through its district (docs/domain.md §市级): the one named, else the only one.
  const district = await publicTipDistrict(typeof fields.district === "string" ? fields.district : null);
  if (!district)
    return {
      ok: false,
      status: 400,
      message: "请选择受理举报的区县（市）",
      fieldErrors: { district: ["请选择受理举报的区县（市）"] },
    };
  const result = await uploadFiles({
    files: photos,
    stripMetadata: true,
    label: (photo) => `${photo.name}：`,
    record: async (tx, files) => {
      // A named unit that does not exist (in this district) is dropped rather than refused: the office assigns anyway.
      const unit = input.reportedUnitId
        ? await tx.unit.findFirst({
            where: { id: input.reportedUnitId, districtId: district.id },
            select: { id: true },
          })
        : null;
      const tip = await tx.tip.create({
        data: {
          reference: newTipReference(new Date(), randomInt),
          reporterName: input.reporterName,
          reporterPhone: input.reporterPhone,
          enterpriseName: input.enterpriseName,
          address: input.address,
          reportedUnitId: unit?.id ?? null,
          description: input.description,
          kind: input.kind,
          districtId: district.id,
          files: { create: files },
        },
      });
      await writeAudit(tx, { id: null, districtId: district.id }, "tip.submit", [
        { entity: "Tip", entityId: tip.id, before: null, after: tip },
      ]);
      await notify(tx, district.id, { role: "OFFICE" }, `收到新举报：${tipSubject(tip)}`, `/tips/${tip.id}`);
      return tip.reference;
    },
  });
  return result.ok ? { ok: true, reference: result.value } : result;
}
