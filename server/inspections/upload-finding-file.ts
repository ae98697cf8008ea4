import "server-only";

import { fileRoleFor } from "@/lib/inspections/rules";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";
import { loadFindingForChange } from "@/server/inspections/load-for-change";
import type { SessionUser } from "@/server/session";
import { uploadOneFile } from "@/server/uploads/upload-files";

/** Which file the user adds to the finding now (its recorder's photos, or the unit's evidence), else a refusal. */
async function authorizeFile(tx: Tx, user: SessionUser, findingId: string) {
  const finding = await loadFindingForChange(tx, user, findingId);
  await assertCampaignOpen(tx, finding.round.campaignId);
  const role = fileRoleFor(user, finding);
  if (!role)
    throw new ActionError(
      "FORBIDDEN",
      finding.status === "OPEN" ? "您的账号无权为该问题上传文件" : "该问题已答复或已销号，不能再上传文件",
    );
  return role;
}

/**
 * A photo or document of a finding: by the office or the department that recorded it (检查时的照片、材料),
 * or by the unit as evidence of its rectification (整改证据) — while the finding is open.
 */
export function uploadFindingFile(user: SessionUser, findingId: string, file: { name: string; bytes: Buffer }) {
  return uploadOneFile({
    user,
    file,
    action: "inspection.uploadFile",
    entity: "InspectionFindingFile",
    authorize: (tx) => authorizeFile(tx, user, findingId),
    create: async (tx, meta) => {
      const role = await authorizeFile(tx, user, findingId);
      return tx.inspectionFindingFile.create({ data: { ...meta, role, findingId, uploadedById: user.id } });
    },
  });
}
