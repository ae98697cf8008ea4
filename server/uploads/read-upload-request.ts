import "server-only";
import { NextResponse } from "next/server";
import { uploadLimits } from "@/server/policies";
import { getSessionUser, type SessionUser } from "@/server/session";

export const uploadFailure = (status: number, message: string) => NextResponse.json({ ok: false, message }, { status });

/**
 * Reads a multipart upload of one `file`, refusing oversized bodies before reading them. Returns the
 * form (for other fields) and the file, or the response to send.
 */
export async function readUploadRequest(
  request: Request,
): Promise<{ ok: true; form: FormData; file: { name: string; bytes: Buffer } } | { ok: false; response: Response }> {
  const fail = (status: number, message: string) => ({ ok: false as const, response: uploadFailure(status, message) });
  const length = Number(request.headers.get("content-length"));
  if (!length) return fail(411, "缺少请求长度");
  if (length > uploadLimits.maxBytes + 64 * 1024) return fail(413, `文件超过大小上限 ${uploadLimits.maxBytes / 1024 / 1024} MB`);

  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!form || !(file instanceof File)) return fail(400, "请选择要上传的文件");
  return { ok: true, form, file: { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) } };
}

type Stored = { ok: true } | { ok: false; status: number; message: string };

/**
 * The POST handler of an upload route under `/[id]/`: session → body within the size cap → `store`
 * (which loads the resource in the user's scope and runs the file checks) → 201 or the refusal.
 */
export function uploadRoute(
  store: (user: SessionUser, id: string, file: { name: string; bytes: Buffer }, form: FormData) => Promise<Stored>,
) {
  return async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const user = await getSessionUser();
    if (!user) return uploadFailure(401, "登录已失效，请重新登录");
    const upload = await readUploadRequest(request);
    if (!upload.ok) return upload.response;
    const result = await store(user, (await params).id, upload.file, upload.form);
    return result.ok ? NextResponse.json(result, { status: 201 }) : uploadFailure(result.status, result.message);
  };
}
