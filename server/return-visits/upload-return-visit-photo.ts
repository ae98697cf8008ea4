import "server-only";

import { getReturnVisitForRecorder } from "@/server/return-visits/get-return-visit-for-recorder";
import type { SessionUser } from "@/server/session";
import { uploadOneFile } from "@/server/uploads/upload-files";

/** A photo of a 回访 visit, by whoever records it (the office or the department), before the result. */
export function uploadReturnVisitPhoto(user: SessionUser, id: string, file: { name: string; bytes: Buffer }) {
  return uploadOneFile({
    user,
    file,
    action: "returnVisit.uploadPhoto",
    entity: "ReturnVisitPhoto",
    authorize: (tx) => getReturnVisitForRecorder(tx, user, id),
    create: (tx, meta) => tx.returnVisitPhoto.create({ data: { ...meta, returnVisitId: id, uploadedById: user.id } }),
  });
}
