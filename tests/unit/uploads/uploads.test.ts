import { describe, expect, it } from "vitest";

import {
  checkFileName,
  checkPixels,
  checkSize,
  checkType,
  contentDisposition,
  exifTimeToDate,
  isHeif,
} from "@/lib/uploads/rules";

const limits = { maxBytes: 20 * 1024 * 1024, maxPixels: 50_000_000 };

describe("upload rules", () => {
  it("accepts JPEG, PNG, WebP and PDF by sniffed type only", () => {
    for (const t of ["image/jpeg", "image/png", "image/webp", "application/pdf"])
      expect(checkType(t)).toEqual({ ok: true });
    for (const t of [undefined, "text/html", "image/svg+xml", "image/heic", "application/zip"]) {
      expect(checkType(t)).toMatchObject({ ok: false, status: 415 });
    }
  });

  it("recognises the HEIC/HEIF types that are converted to JPEG at intake (so never stored as such)", () => {
    for (const t of ["image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence"])
      expect(isHeif(t), t).toBe(true);
    for (const t of [undefined, "image/avif", "image/jpeg", "video/quicktime"])
      expect(isHeif(t), String(t)).toBe(false);
  });

  it("caps the size and refuses empty files", () => {
    expect(checkSize(limits.maxBytes, limits)).toEqual({ ok: true });
    expect(checkSize(limits.maxBytes + 1, limits)).toEqual({
      ok: false,
      status: 413,
      message: "文件超过大小上限 20 MB",
    });
    expect(checkSize(0, limits)).toMatchObject({ ok: false, status: 400 });
  });

  it("caps the pixel count", () => {
    expect(checkPixels(8000, 6000, limits)).toEqual({ ok: true });
    expect(checkPixels(10000, 6000, limits)).toMatchObject({ ok: false, status: 413 });
  });

  it("refuses names that try to be paths or carry control characters", () => {
    expect(checkFileName("拆前照片 1.jpg")).toEqual({ ok: true });
    for (const odd of ["CON.jpg", "现场📷照片.jpg", "a".repeat(200)])
      expect(checkFileName(odd), odd).toEqual({ ok: true });
    // Bidirectional controls make "照片\u202Egpj.exe" display as "照片exe.jpg"; C1 controls are invisible.
    for (const spoof of ["照片\u202Egpj.exe", "a\u2066b.jpg", "a\u200Fb.jpg", "a\u0085b.jpg"])
      expect(checkFileName(spoof).ok, JSON.stringify(spoof)).toBe(false);
    for (const bad of ["../../etc/passwd", "a/b.jpg", "a\\b.jpg", "x\u0000.jpg", "x\n.jpg", "", "x".repeat(201)]) {
      expect(checkFileName(bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });

  it("keeps a Chinese name in Content-Disposition", () => {
    expect(contentDisposition("attachment", "验收意见表.pdf")).toBe(
      `attachment; filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent("验收意见表.pdf")}`,
    );
  });

  it("reads EXIF times as Beijing time", () => {
    expect(exifTimeToDate("2020:06:01 08:30:00")?.toISOString()).toBe("2020-06-01T00:30:00.000Z");
    expect(exifTimeToDate("garbage")).toBeNull();
    expect(exifTimeToDate(undefined)).toBeNull();
  });
});
