"use server";
import { z } from "zod";

import { cuid, version } from "@/lib/fields";
import { checkMayRemoveFile } from "@/lib/inspections/rules";
import { defineAction } from "@/server/action";
import { notFound } from "@/server/errors";
import { authorizeFindingChange } from "@/server/inspections/load-for-change";
import { findingFileScope } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/**
 * 删除 a photo or document of a finding uploaded by mistake: the side that may add that kind of file,
 * before the answer it belongs to (checkMayRemoveFile). The row and the stored file are kept, hidden
 * from every view. The finding's version is bumped, so an answer submitted meanwhile (which needs the
 * unit's evidence) is refused as stale rather than accepted without it.
 */
export const removeFindingFile = defineAction({
  name: "inspection.removeFile",
  input: z.object({ fileId: cuid, version }),
  roles: ["TOWNSHIP", "OFFICE", "DEPARTMENT"],
  authorize: async ({ user, input, tx }) => {
    const file = await tx.inspectionFindingFile.findFirst({
      where: { AND: [{ id: input.fileId, deletedAt: null }, findingFileScope(user)] },
    });
    if (!file) throw notFound();
    await authorizeFindingChange(tx, user, file.findingId, input.version, (finding) =>
      checkMayRemoveFile(user, finding, file),
    );
    return file;
  },
  run: async ({ input, tx, resource: before }) => {
    await updateVersioned(tx.inspectionFinding, before.findingId, input.version, {});
    const after = await tx.inspectionFindingFile.update({ where: { id: before.id }, data: { deletedAt: new Date() } });
    return { data: null, audit: [{ entity: "InspectionFindingFile", entityId: before.id, before, after }] };
  },
  revalidate: () => [],
});
