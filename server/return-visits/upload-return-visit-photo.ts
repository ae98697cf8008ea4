import "server-only";

import { getReturnVisitForUnit } from "@/server/return-visits/get-return-visit-for-unit";
import type { SessionUser } from "@/server/session";
import { uploadOneFile } from "@/server/uploads/upload-files";

/** A photo of a 回访 visit, by the unit before it records the result. */
export function uploadReturnVisitPhoto(user: SessionUser, id: string, file: { name: string; bytes: Buffer }) {
  return uploadOneFile({
    user,
    file,
    action: "returnVisit.uploadPhoto",
    entity: "ReturnVisitPhoto",
    authorize: (tx) => getReturnVisitForUnit(tx, user, id),
    create: (tx, meta) => tx.returnVisitPhoto.create({ data: { ...meta, returnVisitId: id, uploadedById: user.id } }),
  });
}
