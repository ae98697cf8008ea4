import { NextResponse } from "next/server";
import { z } from "zod";
import { EvidenceKind } from "@/lib/generated/prisma/enums";
import { uploadLimits } from "@/lib/uploads";
import { uploadEvidence } from "@/server/evidence/upload-evidence";
import { getSessionUser } from "@/server/session";

const kindSchema = z.enum(EvidenceKind);

const fail = (status: number, message: string) => NextResponse.json({ ok: false, message }, { status });

/** POST multipart/form-data { kind, file } — one file per request, so the browser can show progress per file. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return fail(401, "登录已失效，请重新登录");

  // Refuse oversized bodies before reading them.
  const length = Number(request.headers.get("content-length"));
  if (!length) return fail(411, "缺少请求长度");
  if (length > uploadLimits.maxBytes + 64 * 1024) return fail(413, `文件超过大小上限 ${uploadLimits.maxBytes / 1024 / 1024} MB`);

  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  const kind = kindSchema.safeParse(form?.get("kind"));
  if (!(file instanceof File)) return fail(400, "请选择要上传的文件");
  if (!kind.success) return fail(400, "请选择材料类别");

  const result = await uploadEvidence(user, (await params).id, kind.data, {
    name: file.name,
    bytes: Buffer.from(await file.arrayBuffer()),
  });
  return result.ok ? NextResponse.json(result, { status: 201 }) : fail(result.status, result.message);
}
