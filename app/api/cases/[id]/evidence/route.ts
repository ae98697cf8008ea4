import { NextResponse } from "next/server";
import { z } from "zod";
import { EvidenceKind } from "@/lib/generated/prisma/enums";
import { uploadEvidence } from "@/server/evidence/upload-evidence";
import { getSessionUser } from "@/server/session";
import { readUploadRequest, uploadFailure as fail } from "@/server/uploads/read-upload-request";

const kindSchema = z.enum(EvidenceKind);

/** POST multipart/form-data { kind, file } — one file per request, so the browser can show progress per file. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return fail(401, "登录已失效，请重新登录");

  const upload = await readUploadRequest(request);
  if (!upload.ok) return upload.response;
  const kind = kindSchema.safeParse(upload.form.get("kind"));
  if (!kind.success) return fail(400, "请选择材料类别");

  const result = await uploadEvidence(user, (await params).id, kind.data, upload.file);
  return result.ok ? NextResponse.json(result, { status: 201 }) : fail(result.status, result.message);
}
