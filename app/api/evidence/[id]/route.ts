import { getEvidenceFile } from "@/server/evidence/get-evidence-file";
import { getSessionUser } from "@/server/session";
import { fileResponse } from "@/server/uploads/file-response";

/** GET ?thumb=1 for a small preview of an image, ?download=1 to save instead of viewing. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return new Response("登录已失效，请重新登录", { status: 401 });
  const file = await getEvidenceFile(user, (await params).id);
  if (!file) return new Response("材料不存在或无权访问", { status: 404 });
  return fileResponse(request, file);
}
