import { NextResponse } from "next/server";
import { getSessionUser } from "@/server/session";
import { uploadTipFile } from "@/server/tips/upload-tip-file";
import { readUploadRequest, uploadFailure as fail } from "@/server/uploads/read-upload-request";

/** POST multipart/form-data { file } — one verification file of a tip, by its assignee. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return fail(401, "登录已失效，请重新登录");
  const upload = await readUploadRequest(request);
  if (!upload.ok) return upload.response;
  const result = await uploadTipFile(user, (await params).id, upload.file);
  return result.ok ? NextResponse.json(result, { status: 201 }) : fail(result.status, result.message);
}
