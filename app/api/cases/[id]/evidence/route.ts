import { z } from "zod";
import { EvidenceKind } from "@/lib/generated/prisma/enums";
import { uploadEvidence } from "@/server/evidence/upload-evidence";
import { uploadRoute } from "@/server/uploads/routes";

const kindSchema = z.enum(EvidenceKind);

/** POST multipart/form-data { kind, file } — one file per request, so the browser can show progress per file. */
export const POST = uploadRoute(async (user, caseId, file, form) => {
  const kind = kindSchema.safeParse(form.get("kind"));
  if (!kind.success) return { ok: false, status: 400, message: "请选择材料类别" };
  return uploadEvidence(user, caseId, kind.data, file);
});
