import "server-only";

import { decideTip } from "@/lib/tips/workflow";
import { ActionError, notFound } from "@/server/errors";
import { tipScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { uploadOneFile } from "@/server/uploads/upload-files";

/** Verification evidence for a tip, by its assignee while the tip is being verified. */
export function uploadTipFile(user: SessionUser, tipId: string, file: { name: string; bytes: Buffer }) {
  return uploadOneFile({
    user,
    file,
    action: "tip.uploadFile",
    entity: "TipFile",
    authorize: async (tx) => {
      const tip = await tx.tip.findFirst({ where: { AND: [{ id: tipId }, tipScope(user)] } });
      if (!tip) throw notFound();
      const decision = decideTip("VERIFY", user, tip);
      if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
    },
    create: (tx, meta) => tx.tipFile.create({ data: { ...meta, tipId, uploadedById: user.id } }),
  });
}
