import { z } from "zod";

import { EvidenceKind } from "@/lib/generated/prisma/enums";
import { uploadEvidence } from "@/server/evidence/upload-evidence";
import { uploadRoute } from "@/server/uploads/routes";

const kindSchema = z.enum(EvidenceKind);
/** The offline queue's per-file key (a UUID); optional. */
const keySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/)
  .optional();

/**
 * POST multipart/form-data { kind, file } — one file per request, so the browser can show progress per file.
 * An `Idempotency-Key` header (or form field `idempotencyKey`) makes a retry return the evidence already stored.
 */
export const POST = uploadRoute(async (user, caseId, file, form, request) => {
  const kind = kindSchema.safeParse(form.get("kind"));
  if (!kind.success) return { ok: false, status: 400, message: "请选择材料类别" };
  const key = keySchema.safeParse(request.headers.get("idempotency-key") ?? form.get("idempotencyKey") ?? undefined);
  if (!key.success) return { ok: false, status: 400, message: "上传标识无效，请重新选择文件" };
  return uploadEvidence(user, caseId, kind.data, file, key.data, request.headers.get("x-queued-by") || undefined);
});
