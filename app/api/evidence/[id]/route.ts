import sharp from "sharp";
import { contentDisposition } from "@/lib/uploads";
import { getEvidenceFile } from "@/server/evidence/get-evidence-file";
import { getSessionUser } from "@/server/session";

/** GET ?thumb=1 for a small preview of an image, ?download=1 to save instead of viewing. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return new Response("登录已失效，请重新登录", { status: 401 });
  const file = await getEvidenceFile(user, (await params).id);
  if (!file) return new Response("材料不存在或无权访问", { status: 404 });

  const url = new URL(request.url);
  const headers = new Headers({
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  });
  if (url.searchParams.has("thumb") && file.mime.startsWith("image/")) {
    const thumb = await sharp(file.bytes).rotate().resize(320, 320, { fit: "inside" }).webp({ quality: 70 }).toBuffer();
    headers.set("Content-Type", "image/webp");
    return new Response(new Uint8Array(thumb), { headers });
  }
  headers.set("Content-Type", file.mime);
  headers.set("Content-Disposition", contentDisposition(url.searchParams.has("download") ? "attachment" : "inline", file.originalName));
  return new Response(new Uint8Array(file.bytes), { headers });
}
