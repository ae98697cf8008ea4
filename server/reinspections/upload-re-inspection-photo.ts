import "server-only";
import type { SessionUser } from "@/server/session";
import { getReInspectionForUnit } from "@/server/reinspections/get-re-inspection-for-unit";
import { uploadOneFile } from "@/server/uploads/upload-files";

/** A photo of a 回头看 visit, by the unit before it records the result. */
export function uploadReInspectionPhoto(user: SessionUser, id: string, file: { name: string; bytes: Buffer }) {
  return uploadOneFile({
    user, file, action: "reinspection.uploadPhoto", entity: "ReInspectionPhoto",
    authorize: (tx) => getReInspectionForUnit(tx, user, id),
    create: (tx, meta) => tx.reInspectionPhoto.create({ data: { ...meta, reInspectionId: id, uploadedById: user.id } }),
  });
}
