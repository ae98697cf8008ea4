import "server-only";
import sharp from "sharp";
import { contentDisposition } from "@/lib/uploads";

/**
 * The response for a stored file the caller may read (scope checked by the caller): ?thumb=1 for a
 * small preview of an image, ?download=1 to save instead of viewing; never sniffed by the browser.
 */
export async function fileResponse(request: Request, file: { bytes: Buffer; mime: string; originalName: string }) {
  const url = new URL(request.url);
  const headers = new Headers({ "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" });
  if (url.searchParams.has("thumb") && file.mime.startsWith("image/")) {
    const thumb = await sharp(file.bytes).rotate().resize(320, 320, { fit: "inside" }).webp({ quality: 70 }).toBuffer();
    headers.set("Content-Type", "image/webp");
    return new Response(new Uint8Array(thumb), { headers });
  }
  headers.set("Content-Type", file.mime);
  headers.set("Content-Disposition", contentDisposition(url.searchParams.has("download") ? "attachment" : "inline", file.originalName));
  return new Response(new Uint8Array(file.bytes), { headers });
}
