import { NextResponse } from "next/server";
import { getSessionUser } from "@/server/session";
import { uploadTaskAttachment } from "@/server/tasks/upload-task-attachment";
import { readUploadRequest, uploadFailure as fail } from "@/server/uploads/read-upload-request";

/** POST multipart/form-data { file } — attaches one file to a progress entry (its author only). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return fail(401, "登录已失效，请重新登录");
  const upload = await readUploadRequest(request);
  if (!upload.ok) return upload.response;
  const result = await uploadTaskAttachment(user, (await params).id, upload.file);
  return result.ok ? NextResponse.json(result, { status: 201 }) : fail(result.status, result.message);
}
