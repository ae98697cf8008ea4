import "server-only";

import { Readable } from "node:stream";

import { NextResponse } from "next/server";

import { cuid } from "@/lib/fields";
import { apiContentSecurityPolicy, fileContentSecurityPolicy } from "@/lib/security-headers";
import { contentDisposition } from "@/lib/uploads/rules";
import { invalidateFigures } from "@/server/cache";
import { guard } from "@/server/http/guard";
import { httpError, NOT_FOUND_MESSAGE } from "@/server/http/response";
import { log } from "@/server/log";
import { uploadLimits } from "@/server/policies";
import type { SessionUser } from "@/server/session";
import { BlobNotFoundError, storage } from "@/server/storage";
import { openThumbnail } from "@/server/storage/thumbnails";

// The route handlers of stored files: `uploadRoute` for every POST that adds one file to a record,
// `fileRoute` for every GET that serves one. Both go through the route guard, then check the id and
// the scope themselves.

type Params = { params: Promise<{ id: string }> };

/**
 * Reads a multipart body of at most `maxBytes` (plus the form's own overhead), refusing a larger or
 * unannounced body from its Content-Length before reading it.
 */
export async function readMultipart(
  request: Request,
  maxBytes: number,
  tooLarge: string,
): Promise<{ ok: true; form: FormData } | { ok: false; response: Response }> {
  const length = Number(request.headers.get("content-length"));
  if (!length) return { ok: false, response: httpError(411, "缺少请求长度") };
  if (length > maxBytes + 64 * 1024) return { ok: false, response: httpError(413, tooLarge) };
  const form = await request.formData().catch(() => null);
  return form ? { ok: true, form } : { ok: false, response: httpError(400, "提交内容无法读取") };
}

/** The files of a multipart field, read into memory (empty entries skipped). */
export function formFiles(form: FormData, field: string): Promise<{ name: string; bytes: Buffer }[]> {
  return Promise.all(
    form
      .getAll(field)
      .filter((f): f is File => f instanceof File && f.size > 0)
      .map(async (f) => ({ name: f.name, bytes: Buffer.from(await f.arrayBuffer()) })),
  );
}

type Stored = { ok: true; id: string } | { ok: false; status: number; message: string };

/**
 * The POST handler of an upload route under `/[id]/`: the route guard → a well-formed id →
 * body within the size cap → `store` (which loads the resource in the user's scope and runs the
 * upload pipeline) → 201 or the refusal.
 */
export function uploadRoute(
  store: (
    user: SessionUser,
    id: string,
    file: { name: string; bytes: Buffer },
    form: FormData,
    request: Request,
  ) => Promise<Stored>,
) {
  return guard({}, async (user, request: Request, { params }: Params) => {
    const id = cuid.safeParse((await params).id);
    if (!id.success) return httpError(404, NOT_FOUND_MESSAGE);
    const { maxBytes } = uploadLimits;
    const body = await readMultipart(request, maxBytes, `文件超过大小上限 ${maxBytes / 1024 / 1024} MB`);
    if (!body.ok) return body.response;
    const [file] = await formFiles(body.form, "file");
    if (!file) return httpError(400, "请选择要上传的文件");
    const result = await store(user, id.data, file, body.form, request);
    if (result.ok) await invalidateFigures(); // a first upload moves a case to 整治中
    return result.ok ? NextResponse.json(result, { status: 201 }) : httpError(result.status, result.message);
  });
}

type StoredFile = { storageKey: string; originalName: string; mime: string };

const plain = (status: number, message: string) => httpError(status, message, "text");

/**
 * The GET handler of a stored file: the route guard → a well-formed id (a malformed one such as `%00` is a
 * 404, never a database error) → `load`, which applies the user's scope in its query (missing and out
 * of scope look the same) → the file. `what` names it in the 404, e.g. "材料".
 */
export function fileRoute(what: string, load: (user: SessionUser, id: string) => Promise<StoredFile | null>) {
  return guard({ format: "text" }, async (user, request: Request, { params }: Params) => {
    const id = cuid.safeParse((await params).id);
    const file = id.success ? await load(user, id.data) : null;
    if (!file) return plain(404, `${what}不存在或无权访问`);
    return fileResponse(request, file);
  });
}

/**
 * A stored file the caller may read: ?thumb=1 for a small preview of an image, ?download=1 to save
 * instead of viewing. The type is the one sniffed at upload; the browser never sniffs (nosniff); the
 * name travels in an RFC 5987 Content-Disposition. Images carry a sandboxing CSP (nothing in them can
 * run as a page); PDFs the API's, without `sandbox`, because Chromium refuses to show a PDF under it —
 * their scripts run only inside the browser's PDF viewer, apart from the portal's pages and cookies.
 * (next.config.ts leaves these routes out of its API policy, which would replace this one.) Thumbnails are
 * the previews stored at upload (openThumbnail); one that cannot be rendered falls back to the original.
 * The file is streamed from storage, never read whole into memory; a file missing from storage is a
 * clear 404, never a 500.
 */
async function fileResponse(request: Request, file: StoredFile) {
  const url = new URL(request.url);
  const headers = new Headers({ "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" });
  const image = file.mime.startsWith("image/");
  headers.set(
    "Content-Security-Policy",
    file.mime === "application/pdf" ? apiContentSecurityPolicy : fileContentSecurityPolicy,
  );
  try {
    if (url.searchParams.has("thumb") && image) {
      const thumb = await openThumbnail(file.storageKey);
      if (thumb) {
        headers.set("Content-Type", "image/webp");
        return "bytes" in thumb ? new Response(new Uint8Array(thumb.bytes), { headers }) : streamed(thumb, headers);
      }
    }
    const stored = await storage.open(file.storageKey);
    headers.set("Content-Type", file.mime);
    headers.set(
      "Content-Disposition",
      contentDisposition(url.searchParams.has("download") ? "attachment" : "inline", file.originalName),
    );
    return streamed(stored, headers);
  } catch (e) {
    if (e instanceof BlobNotFoundError) return plain(404, "文件已不在存储中，请联系管理员");
    log().error({ err: e, storageKey: file.storageKey }, "storage read failed");
    return plain(503, "文件存储暂时无法访问，请稍后重试");
  }
}

function streamed({ stream, size }: { stream: Readable; size: number }, headers: Headers) {
  headers.set("Content-Length", String(size));
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { headers });
}
