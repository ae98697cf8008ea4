// The portal on S3 (STORAGE=s3 against s3rver): uploads land in the bucket with their preview, files
// are served back as streams, a preview missing for an older file is made once and kept, a failed
// record leaves nothing in the bucket, and /api/health answers for the store.
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { POST as uploadEvidenceRoute } from "@/app/api/cases/[id]/evidence/route";
import { GET as evidenceFile } from "@/app/api/evidence/[id]/route";
import { GET as health } from "@/app/api/health/route";
import { prisma } from "@/server/db";
import { storage, thumbnailKey } from "@/server/storage";

import { filesIn, jpeg, pdf, registerTestCase, uploadRequest } from "../../helpers/fixtures";
import { actAs } from "../../helpers/session";

const s3 = await vi.hoisted(async () => {
  const { startS3Server, useS3Storage } = await import("../../helpers/s3-server");
  const server = await startS3Server();
  useS3Storage(server);
  return server;
});

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const get = (id: string, query = "") =>
  evidenceFile(new Request(`http://localhost/api/evidence/${id}${query}`), params(id));
afterEach(() => vi.restoreAllMocks());
afterAll(() => s3.close());

let caseId: string;
beforeAll(async () => {
  await actAs("jishigang");
  caseId = await registerTestCase();
});

async function upload(file: { name: string; bytes: Buffer; type?: string }, kind = "OTHER") {
  const res = await uploadEvidenceRoute(await uploadRequest(caseId, kind, file), params(caseId));
  expect(res.status).toBe(201);
  return prisma.evidence.findUniqueOrThrow({ where: { id: (await res.json()).id } });
}

describe("STORAGE=s3", () => {
  it("an uploaded photo is stored in the bucket with its preview, not in UPLOAD_DIR, and served back byte for byte", async () => {
    await actAs("jishigang");
    const bytes = await jpeg({ color: "#246" });
    const row = await upload({ name: "现场.jpg", bytes });
    expect(await storage.get(row.storageKey)).toEqual(bytes);
    expect(await storage.stat(thumbnailKey(row.storageKey))).not.toBeNull();
    expect(filesIn()).toEqual([]);

    const res = await get(row.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(res.headers.get("content-length")).toBe(String(bytes.length));
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
  });

  it("?thumb=1 serves the stored preview without rendering it again", async () => {
    await actAs("jishigang");
    const row = await upload({ name: "拆除后.jpg", bytes: await jpeg({ color: "#642" }) });
    const stored = await storage.get(thumbnailKey(row.storageKey));
    const put = vi.spyOn(storage, "put");
    const res = await get(row.id, "?thumb=1");
    expect(res.headers.get("content-type")).toBe("image/webp");
    expect(Buffer.from(await res.arrayBuffer())).toEqual(stored);
    expect(put).not.toHaveBeenCalled();
  });

  it("a file stored before previews were kept gets its preview made once, then served from storage", async () => {
    await actAs("jishigang");
    const row = await upload({ name: "旧照片.jpg", bytes: await jpeg({ color: "#a33" }) });
    await storage.remove(thumbnailKey(row.storageKey)); // as for rows uploaded before this version
    const put = vi.spyOn(storage, "put");
    const first = await get(row.id, "?thumb=1");
    const firstBytes = Buffer.from(await first.arrayBuffer());
    expect(first.headers.get("content-type")).toBe("image/webp");
    expect((await sharp(firstBytes).metadata()).format).toBe("webp");
    expect(put.mock.calls.map(([key]) => key)).toEqual([thumbnailKey(row.storageKey)]);
    const second = await get(row.id, "?thumb=1");
    expect(Buffer.from(await second.arrayBuffer())).toEqual(firstBytes);
    expect(put).toHaveBeenCalledTimes(1);
  });

  it("a PDF is stored without a preview and downloads as an attachment", async () => {
    await actAs("jishigang");
    const row = await upload({ name: "验收意见表.pdf", bytes: pdf(), type: "application/pdf" });
    expect(await storage.stat(thumbnailKey(row.storageKey))).toBeNull();
    const res = await get(row.id, "?download=1");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(pdf());
  });

  it("when the record fails after the file and preview are in the bucket, both are removed", async () => {
    await actAs("jishigang");
    const keys: string[] = [];
    const put = storage.put.bind(storage);
    vi.spyOn(storage, "put").mockImplementation(async (key, data) => {
      keys.push(key);
      await put(key, data);
    });
    vi.spyOn(prisma, "$transaction").mockRejectedValueOnce(new Error("connection lost"));
    const before = await prisma.evidence.count();
    await expect(
      uploadEvidenceRoute(
        await uploadRequest(caseId, "OTHER", { name: "a.jpg", bytes: await jpeg({ color: "#999" }) }),
        params(caseId),
      ),
    ).rejects.toThrow("connection lost");
    expect(keys).toHaveLength(2);
    for (const key of keys) expect(await storage.stat(key)).toBeNull();
    expect(await prisma.evidence.count()).toBe(before);
  });

  it("a file gone from the bucket is a clear 404, not a 500", async () => {
    await actAs("jishigang");
    const row = await upload({ name: "丢失.jpg", bytes: await jpeg({ color: "#1a1" }) });
    await storage.remove(row.storageKey);
    const res = await get(row.id);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("文件已不在存储中，请联系管理员");
  });

  it("/api/health: 200 while database and bucket answer; 503 naming the store once it is gone", async () => {
    await actAs("office"); // who may read the version
    const ok = await health(new Request("http://localhost/api/health"));
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body).toEqual({ ok: true, db: "ok", storage: "ok", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    vi.spyOn(storage, "check").mockRejectedValueOnce(new Error("connect ECONNREFUSED"));
    const down = await health(new Request("http://localhost/api/health"));
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ok: false, db: "ok", storage: "error", version: body.version });
  });
});
