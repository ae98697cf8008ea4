// The hostile-upload corpus (tests/fixtures/hostile, built by make.ts) sent through the real evidence
// upload route: every file is either refused with nothing stored (no row, no audit, no file), or
// accepted and served safely — the type sniffed at upload, nosniff, an RFC 5987 name, a sandboxing
// CSP on images. The table says which, and why. All uploads share one pipeline (server/uploads), so
// this holds for task attachments, 回访 photos and tip files too.
import { readdirSync, readFileSync } from "node:fs";

import { beforeAll, describe, expect, it } from "vitest";

import { POST } from "@/app/api/cases/[id]/evidence/route";
import { GET } from "@/app/api/evidence/[id]/route";
import { prisma } from "@/server/db";

import { filesIn, registerTestCase, uploadRequest } from "../../helpers/fixtures";
import { actAs } from "../../helpers/session";

const corpus = new URL("../../fixtures/hostile/", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, corpus));
const params = (id: string) => ({ params: Promise.resolve({ id }) });

type Outcome =
  { refused: number; message: RegExp } | { served: "image/jpeg" | "image/png" | "image/webp" | "application/pdf" };
type Row = { file: string; as?: string; bytes?: () => Buffer; outcome: Outcome; why: string };

const UNSUPPORTED = /不支持的文件类型/;
const BROKEN = /图片文件已损坏或不完整/;
const NAME = /文件名含有不允许的字符|文件名为空或过长/;

const table: Row[] = [
  // Polyglots: the sniffed type decides; the other half is inert because the browser never sniffs.
  {
    file: "gifar.jpg",
    outcome: { served: "image/jpeg" },
    why: "a JPEG that decodes, with a JAR/ZIP appended: served as image/jpeg with nosniff, the archive part is never opened",
  },
  {
    file: "jpeg-html-polyglot.jpg",
    outcome: { served: "image/jpeg" },
    why: "HTML in a comment segment and after the image: image/jpeg + nosniff + CSP sandbox, so it never renders as a page",
  },
  {
    file: "pdf-html-polyglot.pdf",
    outcome: { served: "application/pdf" },
    why: "starts as a PDF: served as application/pdf with nosniff, the HTML inside is never parsed as HTML",
  },
  {
    file: "html-then-pdf.pdf",
    outcome: { refused: 415, message: UNSUPPORTED },
    why: "HTML first: the magic bytes are not a PDF's",
  },
  // Scripts disguised as images.
  {
    file: "svg-as-image.jpg",
    outcome: { refused: 415, message: UNSUPPORTED },
    why: "SVG can carry script; it is not on the whitelist whatever the name says",
  },
  {
    file: "svg-with-xml-declaration.png",
    outcome: { refused: 415, message: UNSUPPORTED },
    why: "SVG behind an XML declaration",
  },
  { file: "html-as-image.jpg", outcome: { refused: 415, message: UNSUPPORTED }, why: "an HTML page named .jpg" },
  {
    file: "html-with-bom.png",
    outcome: { refused: 415, message: UNSUPPORTED },
    why: "an HTML page behind a UTF-8 BOM, named .png",
  },
  // Truncated and header-only images: they must decode in full.
  {
    file: "jpeg-first-2000-bytes.jpg",
    outcome: { refused: 422, message: BROKEN },
    why: "the first 2 000 bytes of a JPEG: the header reads, the picture does not",
  },
  { file: "jpeg-header-only.jpg", outcome: { refused: 422, message: BROKEN }, why: "a JPEG cut before its scan data" },
  {
    file: "png-header-7000x7000-no-pixels.png",
    outcome: { refused: 422, message: BROKEN },
    why: "a PNG header claiming 7000×7000 (under the pixel cap) with an empty IDAT",
  },
  {
    file: "png-7000x7000-one-row.png",
    outcome: { refused: 422, message: BROKEN },
    why: "a PNG claiming 7000×7000 with one row of pixel data",
  },
  { file: "png-truncated.png", outcome: { refused: 422, message: BROKEN }, why: "half a PNG" },
  { file: "webp-truncated.webp", outcome: { refused: 422, message: BROKEN }, why: "half a WebP" },
  // Pixel floods: refused from the header, before anything is decoded.
  {
    file: "png-pixel-flood-100000x100000.png",
    outcome: { refused: 413, message: /像素过大（100000×100000）/ },
    why: "10 gigapixels declared in 69 bytes",
  },
  {
    file: "jpeg-pixel-flood-65500x65500.jpg",
    outcome: { refused: 413, message: /像素过大（65500×65500）/ },
    why: "4 gigapixels declared in a JPEG frame header",
  },
  // Size.
  { file: "zero-bytes.jpg", outcome: { refused: 400, message: /文件为空|请选择要上传的文件/ }, why: "an empty file" },
  {
    file: "(oversize, made here)",
    as: "大文件.pdf",
    bytes: () => Buffer.concat([read("pdf-with-javascript.pdf"), Buffer.alloc(21 * 1024 * 1024)]),
    outcome: { refused: 413, message: /文件超过大小上限 20 MB/ },
    why: "21 MB: refused from Content-Length before the body is read",
  },
  // EXIF bombs: the image is sound; the metadata parser must neither loop nor blow up. Evidence keeps its EXIF bytes.
  {
    file: "exif-cyclic-ifd.jpg",
    outcome: { served: "image/jpeg" },
    why: "an IFD that points to itself: parsed without looping, no capture time",
  },
  {
    file: "exif-wide-4000-entries.jpg",
    outcome: { served: "image/jpeg" },
    why: "4 000 EXIF entries (~48 KB): parsed in bounded time, no capture time",
  },
  {
    file: "exif-deep-1500-ifds.jpg",
    outcome: { served: "image/jpeg" },
    why: "1 500 nested EXIF IFDs: the parser reads a fixed set of IFDs, no recursion",
  },
  // Odd names: the name is for display only (storage keys are server-made), but spoofing and path tricks are refused.
  {
    file: "plain.jpg",
    as: "现场照片\u202Egpj.exe",
    outcome: { refused: 400, message: NAME },
    why: "an RTL override makes 'x\u202Egpj.exe' display as 'xexe.jpg'",
  },
  {
    file: "plain.jpg",
    as: `${"长".repeat(201)}.jpg`,
    outcome: { refused: 400, message: NAME },
    why: "over 200 characters",
  },
  {
    file: "plain.jpg",
    as: "../../etc/passwd.jpg",
    outcome: { refused: 400, message: NAME },
    why: "path traversal (the key would not use it anyway)",
  },
  {
    file: "plain.jpg",
    as: "a\u0000.jpg",
    outcome: { refused: 400, message: NAME },
    why: "a NUL byte (PostgreSQL refuses it; the name is refused first)",
  },
  {
    file: "plain.jpg",
    as: "CON.jpg",
    outcome: { served: "image/jpeg" },
    why: "a Windows device name is harmless: the stored key is server-made, the name only travels in Content-Disposition",
  },
  {
    file: "plain.webp",
    as: "现场📷照片.webp",
    outcome: { served: "image/webp" },
    why: "emoji: kept, sent as filename* (RFC 5987) with an ASCII fallback",
  },
  // Active content in a PDF.
  {
    file: "pdf-with-javascript.pdf",
    outcome: { served: "application/pdf" },
    why: "accepted: a PDF is on the whitelist and we do not parse PDFs; served as application/pdf with nosniff (attachment with ?download=1), its script runs only inside the browser's PDF viewer, which is isolated from the portal's pages and cookies (no sandbox CSP: Chromium then refuses to show any PDF)",
  },
  // Wrong extension with the right magic, and the reverse.
  {
    file: "png-named-pdf.pdf",
    outcome: { served: "image/png" },
    why: "a PNG named .pdf: the magic bytes decide, it is stored and served as image/png",
  },
  { file: "zip-named-pdf.pdf", outcome: { refused: 415, message: UNSUPPORTED }, why: "a ZIP named .pdf" },
  {
    file: "exe-named-jpg.jpg",
    outcome: { refused: 415, message: UNSUPPORTED },
    why: "a Windows executable named .jpg",
  },
  {
    file: "gif-named-jpg.jpg",
    outcome: { refused: 415, message: UNSUPPORTED },
    why: "a real GIF named .jpg: GIF is not on the whitelist",
  },
  { file: "tiff-named-jpg.jpg", outcome: { refused: 415, message: UNSUPPORTED }, why: "a real TIFF named .jpg" },
];

let caseId: string;
beforeAll(async () => {
  await actAs("jishigang");
  caseId = await registerTestCase();
});

const state = async () => ({
  evidence: await prisma.evidence.count(),
  audit: await prisma.auditLog.count(),
  files: filesIn().sort(),
});

describe("the hostile-upload corpus", () => {
  it("has at least 25 files, each in the table", () => {
    const files = readdirSync(corpus).filter((f) => f !== "make.ts");
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files.filter((f) => !table.some((r) => r.file === f))).toEqual([]);
    expect(table.length).toBeGreaterThanOrEqual(25);
  });

  it.each(
    table.map((r) => [`${r.file}${r.as ? ` as ${JSON.stringify(r.as).slice(0, 40)}` : ""} — ${r.why}`, r] as const),
  )("%s", async (_, row) => {
    const bytes = row.bytes ? row.bytes() : read(row.file);
    const name = row.as ?? row.file;
    const before = await state();
    const res = await POST(await uploadRequest(caseId, "OTHER", { name, bytes }), params(caseId));
    const body = await res.json();

    if ("refused" in row.outcome) {
      expect(res.status).toBe(row.outcome.refused);
      expect(body.message).toMatch(row.outcome.message);
      expect(await state()).toEqual(before);
      return;
    }
    expect(res.status, body.message).toBe(201);
    const stored = await prisma.evidence.findUniqueOrThrow({ where: { id: body.id } });
    expect(stored).toMatchObject({ mime: row.outcome.served, originalName: name, size: bytes.length });
    if (row.file.startsWith("exif-")) expect(stored.capturedAt).toBeNull();
    for (const query of ["", "?download=1"]) {
      const file = await GET(new Request(`http://localhost/api/evidence/${body.id}${query}`), params(body.id));
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toBe(row.outcome.served);
      expect(file.headers.get("x-content-type-options")).toBe("nosniff");
      expect(file.headers.get("content-disposition")).toBe(
        `${query ? "attachment" : "inline"}; filename="${name.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
      if (row.outcome.served.startsWith("image/"))
        expect(file.headers.get("content-security-policy")).toContain("sandbox");
      expect(Buffer.from(await file.arrayBuffer())).toEqual(bytes);
    }
  });
});
