import { contentDisposition } from "@/lib/uploads";
import { getSessionUser } from "@/server/session";
import { getTaskAttachmentFile } from "@/server/tasks/get-task-attachment-file";

/** GET an attachment of a progress entry; ?download=1 to save instead of viewing. Scope re-checked here. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return new Response("登录已失效，请重新登录", { status: 401 });
  const file = await getTaskAttachmentFile(user, (await params).id);
  if (!file) return new Response("附件不存在或无权访问", { status: 404 });
  const download = new URL(request.url).searchParams.has("download");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mime,
      "Content-Disposition": contentDisposition(download ? "attachment" : "inline", file.originalName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
