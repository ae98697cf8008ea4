import sharp from "sharp";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { POST } from "@/app/api/cases/[id]/evidence/route";
import { GET } from "@/app/api/evidence/[id]/route";
import { getCase } from "@/server/cases/get-case";
import { prisma } from "@/server/db";

import { filesIn, jpeg, pdf, registerTestCase, uploadRequest } from "../../helpers/fixtures";
import { actAs } from "../../helpers/session";

const uploadDir = process.env.UPLOAD_DIR!;
const params = (id: string) => ({ params: Promise.resolve({ id }) });
let caseId: string;

beforeAll(async () => {
  await actAs("jishigang");
  caseId = await registerTestCase();
});
afterEach(() => vi.restoreAllMocks());

async function upload(name: string, bytes: Buffer, kind = "BEFORE_PHOTO") {
  const res = await POST(await uploadRequest(caseId, kind, { name, bytes }), params(caseId));
  return { status: res.status, body: await res.json() };
}

async function nothingStored(
  fn: () => Promise<{ status: number; body: { message: string } }>,
  status: number,
  message: RegExp,
) {
  const rows = await prisma.evidence.count();
  const files = filesIn(uploadDir).length;
  const res = await fn();
  expect(res.status).toBe(status);
  expect(res.body.message).toMatch(message);
  expect(await prisma.evidence.count()).toBe(rows);
  expect(filesIn(uploadDir)).toHaveLength(files);
}

describe("evidence upload: hostile files are refused and nothing is stored", () => {
  it("an HTML page named .jpg", () =>
    nothingStored(
      () => upload("照片.jpg", Buffer.from("<!doctype html><script>alert(1)</script>")),
      415,
      /不支持的文件类型/,
    ));

  it("an SVG image", () =>
    nothingStored(
      () => upload("图.svg", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
      415,
      /不支持的文件类型/,
    ));

  it("a file over the size cap", async () => {
    const big = Buffer.concat([await jpeg(), Buffer.alloc(21 * 1024 * 1024)]);
    await nothingStored(() => upload("大文件.jpg", big), 413, /文件超过大小上限 20 MB/);
  });

  it("an image over the pixel cap", async () => {
    const huge = await sharp({ create: { width: 9000, height: 6000, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    await nothingStored(() => upload("巨图.png", huge), 413, /像素过大（9000×6000）/);
  });

  it("a name with ../", async () =>
    nothingStored(async () => upload("../../etc/passwd.jpg", await jpeg()), 400, /文件名含有不允许的字符/));

  it("a name with a NUL byte", async () =>
    nothingStored(async () => upload("a\u0000.jpg", await jpeg()), 400, /文件名含有不允许的字符/));

  it("an unknown evidence kind", async () =>
    nothingStored(async () => upload("a.jpg", await jpeg(), "MALWARE"), 400, /请选择材料类别/));

  it("a failure while saving leaves neither a row nor a file", async () => {
    vi.spyOn(prisma, "$transaction").mockRejectedValueOnce(new Error("disk full"));
    const rows = await prisma.evidence.count();
    const files = filesIn(uploadDir).length;
    await expect(upload("中断.jpg", await jpeg())).rejects.toThrow("disk full");
    expect(await prisma.evidence.count()).toBe(rows);
    expect(filesIn(uploadDir)).toHaveLength(files);
  });
});

describe("evidence upload and download", () => {
  it("stores a photo under a server key with its hash and capture time, and starts the case", async () => {
    const bytes = await jpeg({ capturedAt: "2020:06:01 08:30:00" });
    const filesBefore = filesIn(uploadDir).length;
    const res = await upload("拆前.jpg", bytes);
    expect(res.status).toBe(201);
    const row = await prisma.evidence.findUniqueOrThrow({ where: { id: res.body.id } });
    // The photo and its preview, made once at upload (server/storage/thumbnails.ts).
    expect(filesIn(uploadDir)).toHaveLength(filesBefore + 2);
    expect(filesIn(uploadDir)).toContain(`${row.storageKey.split("/")[2]}.thumb.webp`);
    expect(row).toMatchObject({
      kind: "BEFORE_PHOTO",
      originalName: "拆前.jpg",
      mime: "image/jpeg",
      size: bytes.length,
    });
    expect(row.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row.capturedAt?.toISOString()).toBe("2020-06-01T00:30:00.000Z");
    expect((await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("IN_PROGRESS");
    expect(
      await prisma.auditLog.count({ where: { entity: "Evidence", entityId: row.id, action: "evidence.upload" } }),
    ).toBe(1);
  });

  it("serves it back with the encoded name, nosniff, and a thumbnail", async () => {
    const res = await upload("验收意见表.pdf", pdf(), "ACCEPTANCE_FORM");
    const file = await GET(new Request(`http://localhost/api/evidence/${res.body.id}?download=1`), params(res.body.id));
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    expect(file.headers.get("content-disposition")).toBe(
      `attachment; filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent("验收意见表.pdf")}`,
    );
    expect(Buffer.from(await file.arrayBuffer())).toEqual(pdf());

    const photo = await upload("拆后.jpg", await jpeg({ capturedAt: "2020:07:01 08:30:00" }), "AFTER_PHOTO");
    const thumb = await GET(
      new Request(`http://localhost/api/evidence/${photo.body.id}?thumb=1`),
      params(photo.body.id),
    );
    expect(thumb.headers.get("content-type")).toBe("image/webp");
  });

  it("flags the same file used on a case of another unit, on both cases", async () => {
    const shared = await jpeg({ color: "#123456" });
    await upload("同一张.jpg", shared, "AFTER_PHOTO");
    await actAs("gulin");
    const other = await registerTestCase();
    const res = await POST(
      await uploadRequest(other, "AFTER_PHOTO", { name: "同一张.jpg", bytes: shared }),
      params(other),
    );
    expect(res.status).toBe(201);
    const gulinView = await getCase((await actAs("gulin"))!, other);
    expect(gulinView!.flags).toContainEqual({ type: "DUPLICATE", evidenceId: (await res.json()).id, otherCases: [] });
    const officeView = await getCase((await actAs("office"))!, caseId);
    const dup = officeView!.flags.find((f) => f.type === "DUPLICATE");
    expect(dup).toMatchObject({ otherCases: [expect.stringMatching(/^古林镇·测试企业/)] });
    await actAs("jishigang");
  });
});
