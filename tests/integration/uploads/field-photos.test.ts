// iPhone photos and the location check, through the real evidence upload route and case page data:
// a HEIC photo is stored as a JPEG that keeps its capture time and GPS position (and has a thumbnail),
// a photo taken far from the enterprise's recorded site is flagged for reviewers, and only the
// enterprise's own township can record that site.
// tests/fixtures/iphone.heic (2.6 KB, HEVC in a HEIF container, brand "heic"): a 320×240 JPEG with EXIF
// DateTimeOriginal and GPS made by sharp, encoded with Debian's heif-enc (libheif 1.15, x265); its iloc
// offsets were moved from base_offset to extent_offset, the layout iPhones write, which exifr reads.
import { readFileSync } from "node:fs";

import exifr from "exifr";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";

import { POST } from "@/app/api/cases/[id]/evidence/route";
import { GET } from "@/app/api/evidence/[id]/route";
import { flagText } from "@/lib/cases/integrity";
import { getCase } from "@/server/cases/get-case";
import { prisma } from "@/server/db";
import { recordEnterpriseLocation } from "@/server/enterprises/actions/record-location";

import { registerTestCase, uploadRequest } from "../../helpers/fixtures";
import { actAs, asUser } from "../../helpers/session";

const heic = readFileSync(new URL("../../fixtures/iphone.heic", import.meta.url));
const params = (id: string) => ({ params: Promise.resolve({ id }) });
// The fixture was taken on 2026-05-12 09:30:15 (camera time, Beijing) at 30.25 N, 120.1667 E.
const FIXTURE_TIME = new Date("2026-05-12T09:30:15+08:00");

/** A JPEG "taken" at a position (EXIF GPS written by sharp). */
async function photoAt(latitude: number, longitude: number, color = "#58a") {
  const dms = (v: number) => {
    const d = Math.floor(v);
    const m = Math.floor((v - d) * 60);
    const s = Math.round(((v - d) * 60 - m) * 60 * 100);
    return `${d}/1 ${m}/1 ${s}/100`;
  };
  return sharp({ create: { width: 64, height: 48, channels: 3, background: color } })
    .jpeg()
    .withExif({
      IFD2: { DateTimeOriginal: "2020:06:02 10:00:00" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: dms(latitude), GPSLongitudeRef: "E", GPSLongitude: dms(longitude) },
    })
    .toBuffer();
}

let caseId: string;
let enterpriseId: string;
beforeAll(async () => {
  await actAs("jishigang");
  caseId = await registerTestCase();
  enterpriseId = (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).enterpriseId;
});

async function upload(name: string, bytes: Buffer, kind = "AFTER_PHOTO") {
  const res = await POST(await uploadRequest(caseId, kind, { name, bytes }), params(caseId));
  return { status: res.status, body: await res.json() };
}

describe("iPhone HEIC photos", () => {
  it("are accepted, stored as JPEG keeping the capture time and GPS position, and get a thumbnail", async () => {
    const res = await upload("IMG_0001.HEIC", heic);
    expect(res.status).toBe(201);
    const row = await prisma.evidence.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row.mime).toBe("image/jpeg");
    expect(row.originalName).toBe("IMG_0001.HEIC");
    expect(row.capturedAt).toEqual(FIXTURE_TIME);
    expect(row.latitude).toBeCloseTo(30.25, 4);
    expect(row.longitude).toBeCloseTo(120.1667, 4);

    const file = await GET(new Request(`http://localhost/api/evidence/${row.id}`), params(row.id));
    expect(file.headers.get("content-type")).toBe("image/jpeg");
    const stored = Buffer.from(await file.arrayBuffer());
    expect((await sharp(stored).metadata()).width).toBe(320);
    // The stored JPEG itself carries the time and position (a download keeps them).
    expect((await exifr.parse(stored, { pick: ["DateTimeOriginal"], reviveValues: false }))?.DateTimeOriginal).toBe(
      "2026:05:12 09:30:15",
    );
    expect((await exifr.gps(stored))?.latitude).toBeCloseTo(30.25, 4);

    const thumb = await GET(new Request(`http://localhost/api/evidence/${row.id}?thumb=1`), params(row.id));
    expect(thumb.headers.get("content-type")).toBe("image/webp");
    expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).width).toBeLessThanOrEqual(320);
  });

  it("a damaged HEIC is refused and nothing is stored", async () => {
    const rows = await prisma.evidence.count();
    const res = await upload("坏照片.heic", heic.subarray(0, 1200));
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/HEIC 照片已损坏或不完整/);
    expect(await prisma.evidence.count()).toBe(rows);
  });
});

describe("the location check", () => {
  it("judges nothing until the enterprise's site is recorded, then flags far photos and photos without position", async () => {
    const far = await upload("远处.jpg", await photoAt(29.93, 121.5503, "#a55"));
    const near = await upload("现场.jpg", await photoAt(29.875, 121.5503, "#5a5"));
    const plain = await upload(
      "无定位.jpg",
      await sharp({ create: { width: 64, height: 48, channels: 3, background: "#55a" } })
        .jpeg()
        .withExif({ IFD2: { DateTimeOriginal: "2020:06:02 10:00:00" } })
        .toBuffer(),
    );
    for (const r of [far, near, plain]) expect(r.status).toBe(201);

    const textsOf = async (user: string, id: string) =>
      asUser(user, async () =>
        (await getCase((await actAs(user))!, caseId))!.flags.filter((f) => f.evidenceId === id).map((f) => flagText(f)),
      );
    expect(await textsOf("office", far.body.id)).toEqual([]);
    expect(await textsOf("office", plain.body.id)).toEqual([]);

    await actAs("jishigang");
    const res = await recordEnterpriseLocation({ enterpriseId, latitude: 29.8746, longitude: 121.5503 });
    expect(res.ok).toBe(true);
    const audit = await prisma.auditLog.findFirst({ where: { action: "enterprise.location", entityId: enterpriseId } });
    expect(audit).not.toBeNull();

    const farTexts = await textsOf("office", far.body.id);
    expect(farTexts).toHaveLength(1);
    expect(farTexts[0]).toMatch(/^拍摄位置距企业 6\d{3} 米$/);
    expect(await textsOf("office", near.body.id)).toEqual([]);
    expect(await textsOf("office", plain.body.id)).toEqual(["照片无位置信息"]);
  });

  it("only the enterprise's own township records its site; another unit's enterprise is not found", async () => {
    const before = await prisma.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } });
    const other = await asUser("gulin", () => recordEnterpriseLocation({ enterpriseId, latitude: 30, longitude: 121 }));
    expect(other).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const office = await asUser("office", () =>
      recordEnterpriseLocation({ enterpriseId, latitude: 30, longitude: 121 }),
    );
    expect(office.ok).toBe(false);
    const bogus = await asUser("jishigang", () =>
      recordEnterpriseLocation({ enterpriseId, latitude: 0, longitude: 0 }),
    );
    expect(bogus).toMatchObject({ ok: false, code: "INVALID" });
    const after = await prisma.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } });
    expect([after.latitude, after.longitude]).toEqual([before.latitude, before.longitude]);
  });

  it("right after registration the position can be recorded by naming the new case, in the own unit only", async () => {
    const fresh = await asUser("jishigang", () => registerTestCase());
    const enterprise = (await prisma.case.findUniqueOrThrow({ where: { id: fresh } })).enterpriseId;
    expect(
      await asUser("gulin", () => recordEnterpriseLocation({ caseId: fresh, latitude: 30, longitude: 121 })),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await asUser("jishigang", () =>
        recordEnterpriseLocation({ caseId: fresh, enterpriseId: enterprise, latitude: 30, longitude: 121 }),
      ),
    ).toMatchObject({ ok: false, code: "INVALID" });
    expect(
      (await asUser("jishigang", () => recordEnterpriseLocation({ caseId: fresh, latitude: 29.88, longitude: 121.55 })))
        .ok,
    ).toBe(true);
    const e = await prisma.enterprise.findUniqueOrThrow({ where: { id: enterprise } });
    expect([e.latitude, e.longitude]).toEqual([29.88, 121.55]);
    expect(e.locatedAt).not.toBeNull();
  });
});
