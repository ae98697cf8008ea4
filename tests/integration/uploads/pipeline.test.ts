// The one upload pipeline and the one file route: images decode in full, a stored file never
// outlives a record that was not written, tip photos lose their metadata, file routes answer 404 for
// a malformed id and never 500 for a stored file.
import exifr from "exifr";
import sharp from "sharp";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { POST as uploadEvidenceRoute } from "@/app/api/cases/[id]/evidence/route";
import { GET as evidenceFile } from "@/app/api/evidence/[id]/route";
import { POST as uploadPhotoRoute } from "@/app/api/return-visits/[id]/photos/route";
import { GET as photoFile } from "@/app/api/return-visits/photos/[id]/route";
import { GET as attachmentFile } from "@/app/api/tasks/attachments/[id]/route";
import { POST as uploadAttachmentRoute } from "@/app/api/tasks/progress/[id]/attachments/route";
import { POST as uploadTipFileRoute } from "@/app/api/tips/[id]/files/route";
import { GET as tipFile } from "@/app/api/tips/files/[id]/route";
import { POST as submitTipRoute } from "@/app/api/tips/public/route";
import { prisma } from "@/server/db";
import { storage } from "@/server/storage";
import { recordTaskProgress } from "@/server/tasks/actions/record-progress";

import { filesIn, jpeg, multipartRequest, registerTestCase, uploadRequest } from "../../helpers/fixtures";
import { actAs } from "../../helpers/session";

const params = (id: string) => ({ params: Promise.resolve({ id }) });
afterEach(() => vi.restoreAllMocks());

const multipart = (
  url: string,
  fields: Record<string, string>,
  files: { field: string; name: string; bytes: Buffer }[],
) => multipartRequest(url, fields, files, { "x-forwarded-for": "10.9.9.9" });

/** A phone photo: GPS position, camera make and model, the owner's name, and "rotate 90° to view". */
function phonePhoto() {
  return sharp({ create: { width: 64, height: 32, channels: 3, background: "#3a7" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "Huawei", Model: "P40 Pro", Artist: "Zhang San" },
      IFD2: { DateTimeOriginal: "2020:06:01 08:30:00" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "29/1 52/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "121/1 33/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const state = async () => ({
  evidence: await prisma.evidence.count(),
  attachments: await prisma.taskAttachment.count(),
  tipFiles: await prisma.tipFile.count(),
  photos: await prisma.returnVisitPhoto.count(),
  audit: await prisma.auditLog.count(),
  files: filesIn().sort(),
});

let caseId: string;
beforeAll(async () => {
  await actAs("jishigang");
  caseId = await registerTestCase();
});

describe("images must decode in full", () => {
  it("a PNG header claiming 7000×7000 with no pixel data, and the first 2 000 bytes of a JPEG, are refused; nothing is stored", async () => {
    await actAs("jishigang");
    const { buildCorpus } = await import("../../fixtures/hostile/make");
    const corpus = await buildCorpus();
    for (const name of ["png-header-7000x7000-no-pixels.png", "jpeg-first-2000-bytes.jpg"]) {
      const before = await state();
      const res = await uploadEvidenceRoute(
        await uploadRequest(caseId, "BEFORE_PHOTO", { name, bytes: corpus[name] }),
        params(caseId),
      );
      expect(res.status, name).toBe(422);
      expect((await res.json()).message).toBe("图片文件已损坏或不完整，无法读取");
      expect(await state()).toEqual(before);
    }
    // The case still lacks its before-photo: the broken file did not count toward the checklist.
    expect(await prisma.evidence.count({ where: { caseId, kind: "BEFORE_PHOTO" } })).toBe(0);
  });
});

describe("a stored file never outlives a record that was not written", () => {
  it("a task attachment whose author changes between the check and the transaction: 404, no row, no file", async () => {
    const t1 = await prisma.taskLine.findFirstOrThrow({ where: { code: "T1" } });
    const fgj = (await actAs("fgj"))!;
    const entry = await recordTaskProgress({ taskLineId: t1.id, date: "2020-06-01", note: "", value: "1" });
    if (!entry.ok) throw new Error(entry.message);
    const other = await prisma.user.findUniqueOrThrow({ where: { username: "jxj" } });
    const put = storage.put.bind(storage);
    // Failure injected after the write: the entry changes hands once the file is on disk.
    vi.spyOn(storage, "put").mockImplementation(async (key, data) => {
      await put(key, data);
      await prisma.taskProgress.update({ where: { id: entry.data.id }, data: { authorId: other.id } });
    });
    const before = await state();
    const res = await uploadAttachmentRoute(
      await multipart(`http://localhost/api/tasks/progress/${entry.data.id}/attachments`, {}, [
        { field: "file", name: "记录.jpg", bytes: await jpeg() },
      ]),
      params(entry.data.id),
    );
    expect(res.status).toBe(404);
    expect(await state()).toEqual(before);
    expect(fgj.id).not.toBe(other.id);
  });

  it("a storage write that fails half-way (disk full) leaves no partial file", async () => {
    await actAs("jishigang");
    const put = storage.put.bind(storage);
    vi.spyOn(storage, "put").mockImplementation(async (key, data) => {
      await put(key, data.subarray(0, 10));
      throw new Error("ENOSPC: no space left on device");
    });
    const before = await state();
    await expect(
      uploadEvidenceRoute(
        await uploadRequest(caseId, "OTHER", { name: "现场.jpg", bytes: await jpeg() }),
        params(caseId),
      ),
    ).rejects.toThrow("ENOSPC");
    expect(await state()).toEqual(before);
  });

  it("public tip photos: when the tip's transaction fails after all photos are written, every photo is removed", async () => {
    vi.spyOn(prisma, "$transaction").mockRejectedValueOnce(new Error("connection lost"));
    const before = await state();
    const photos = [await jpeg({ color: "#111" }), await jpeg({ color: "#222" })].map((bytes, i) => ({
      field: "photo",
      name: `p${i}.jpg`,
      bytes,
    }));
    await expect(
      submitTipRoute(
        await multipart(
          "http://localhost/api/tips/public",
          { enterpriseName: "某作坊", address: "古林镇某村", description: "夜间生产冒黑烟" },
          photos,
        ),
      ),
    ).rejects.toThrow("connection lost");
    expect(await state()).toEqual(before);
  });
});

describe("tip photos lose their metadata at intake; case evidence keeps its EXIF", () => {
  it("stores a reporter's photo upright, without GPS, camera or Artist", async () => {
    const original = await phonePhoto();
    expect(await exifr.parse(original, true)).toMatchObject({
      Make: "Huawei",
      Artist: "Zhang San",
      latitude: expect.any(Number),
    });
    const res = await submitTipRoute(
      await multipart(
        "http://localhost/api/tips/public",
        { enterpriseName: "某铸造厂", address: "古林镇某村", description: "夜间偷偷开工" },
        [{ field: "photo", name: "现场.jpg", bytes: original }],
      ),
    );
    expect(res.status).toBe(201);
    const { reference } = await res.json();
    const file = await prisma.tipFile.findFirstOrThrow({ where: { tip: { reference } } });
    const stored = await storage.get(file.storageKey);
    expect(await exifr.parse(stored, true).catch(() => undefined)).toBeUndefined();
    expect(await exifr.gps(stored).catch(() => undefined)).toBeUndefined();
    const meta = await sharp(stored).metadata();
    expect([meta.width, meta.height, meta.orientation ?? 1, meta.exif, meta.xmp]).toEqual([
      32,
      64,
      1,
      undefined,
      undefined,
    ]);
    expect(file).toMatchObject({ mime: "image/jpeg", size: stored.length, capturedAt: null });

    // What the assignee downloads is the stripped file.
    await actAs("office");
    const served = await tipFile(new Request("http://localhost/x?download=1"), params(file.id));
    expect(Buffer.from(await served.arrayBuffer())).toEqual(stored);
  });

  it("case evidence is stored byte for byte, EXIF included (the capture time is evidence)", async () => {
    await actAs("jishigang");
    const original = await phonePhoto();
    const res = await uploadEvidenceRoute(
      await uploadRequest(caseId, "OTHER", { name: "现场.jpg", bytes: original }),
      params(caseId),
    );
    const row = await prisma.evidence.findUniqueOrThrow({ where: { id: (await res.json()).id } });
    expect(await storage.get(row.storageKey)).toEqual(original);
    expect(row.capturedAt?.toISOString()).toBe("2020-06-01T00:30:00.000Z");
  });
});

describe("file routes", () => {
  const getRoutes = { evidence: evidenceFile, attachment: attachmentFile, photo: photoFile, tip: tipFile };
  const postRoutes = {
    evidence: uploadEvidenceRoute,
    attachment: uploadAttachmentRoute,
    photo: uploadPhotoRoute,
    tip: uploadTipFileRoute,
  };
  const malformed = ["\u0000", "%00", "../../etc/passwd", "a".repeat(300), "x'; DROP TABLE", ""];

  it.each(Object.entries(getRoutes))("GET %s: a malformed id is a 404, never a 500", async (_, GET) => {
    await actAs("office");
    for (const id of malformed) {
      const res = await GET(new Request("http://localhost/x"), params(id));
      expect(res.status, JSON.stringify(id)).toBe(404);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it.each(Object.entries(postRoutes))("POST %s: a malformed id is a 404 and nothing is stored", async (_, POST) => {
    await actAs("jishigang");
    const before = await state();
    for (const id of malformed) {
      const res = await POST(await uploadRequest(id, "OTHER", { name: "a.jpg", bytes: await jpeg() }), params(id));
      expect(res.status, JSON.stringify(id)).toBe(404);
    }
    expect(await state()).toEqual(before);
  });

  it("a stored image that cannot be rendered as a thumbnail is served as it is; a file gone from storage is a clear 404", async () => {
    await actAs("jishigang");
    const res = await uploadEvidenceRoute(
      await uploadRequest(caseId, "OTHER", { name: "好.jpg", bytes: await jpeg() }),
      params(caseId),
    );
    const good = await prisma.evidence.findUniqueOrThrow({ where: { id: (await res.json()).id } });
    // A file stored before uploads were decoded in full: the first bytes of a JPEG.
    const broken = (await jpeg()).subarray(0, 200);
    const key = "2020/01/00000000-0000-4000-8000-000000000001";
    await storage.put(key, broken);
    const { id: _, ...rest } = good;
    const old = await prisma.evidence.create({
      data: { ...rest, storageKey: key, size: broken.length, sha256: "0".repeat(64) },
    });
    const thumb = await evidenceFile(new Request(`http://localhost/api/evidence/${old.id}?thumb=1`), params(old.id));
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await thumb.arrayBuffer())).toEqual(broken);

    await storage.remove(key);
    const gone = await evidenceFile(new Request(`http://localhost/api/evidence/${old.id}`), params(old.id));
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe("文件已不在存储中，请联系管理员");
  });
});
