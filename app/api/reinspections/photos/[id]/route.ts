import { getReInspectionPhoto } from "@/server/reinspections/get-re-inspection-photo";
import { getSessionUser } from "@/server/session";
import { fileResponse } from "@/server/uploads/file-response";

/** GET a 回头看 photo (scope re-checked); ?thumb=1 preview, ?download=1 to save. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return new Response("登录已失效，请重新登录", { status: 401 });
  const file = await getReInspectionPhoto(user, (await params).id);
  if (!file) return new Response("照片不存在或无权访问", { status: 404 });
  return fileResponse(request, file);
}
