import { describe, expect, it } from "vitest";

import { flagText, type IntegrityEvidence, integrityFlags } from "@/lib/cases/integrity";

const photo = (
  id: string,
  kind: IntegrityEvidence["kind"],
  capturedAt: string | null,
  sha = id,
): IntegrityEvidence => ({
  id,
  kind,
  mime: "image/jpeg",
  capturedAt: capturedAt ? new Date(capturedAt) : null,
  sha256: sha,
});

describe("evidence integrity flags", () => {
  it("flags a before photo taken after an after photo", () => {
    const flags = integrityFlags(
      [photo("b", "BEFORE_PHOTO", "2020-06-02T10:00:00Z"), photo("a", "AFTER_PHOTO", "2020-06-01T10:00:00Z")],
      new Map(),
    );
    expect(flags).toEqual([{ type: "BEFORE_AFTER_ORDER", evidenceId: "b" }]);
    expect(flagText(flags[0], { category: "RECTIFICATION", disposalPath: null })).toBe(
      "整治前照片的拍摄时间晚于整治后照片",
    );
    expect(flagText(flags[0], { category: "ELIMINATION", disposalPath: "DISMANTLED" })).toBe(
      "拆前照片的拍摄时间晚于拆后照片",
    );
  });

  it("accepts before-then-after, and cannot judge the order without both times", () => {
    expect(
      integrityFlags(
        [photo("b", "BEFORE_PHOTO", "2020-06-01T10:00:00Z"), photo("a", "AFTER_PHOTO", "2020-06-02T10:00:00Z")],
        new Map(),
      ),
    ).toEqual([]);
    expect(integrityFlags([photo("b", "BEFORE_PHOTO", "2020-06-03T10:00:00Z")], new Map())).toEqual([]);
  });

  it("marks a photo without capture time, but not a PDF", () => {
    const pdf: IntegrityEvidence = {
      id: "p",
      kind: "ACCEPTANCE_FORM",
      mime: "application/pdf",
      capturedAt: null,
      sha256: "p",
    };
    expect(integrityFlags([photo("x", "AFTER_PHOTO", null), pdf], new Map())).toEqual([
      { type: "NO_CAPTURE_TIME", evidenceId: "x" },
    ]);
  });

  it("flags a file used on another case and names it", () => {
    const flags = integrityFlags(
      [photo("x", "AFTER_PHOTO", "2020-06-01T10:00:00Z", "abc")],
      new Map([["abc", ["古林镇·甲厂"]]]),
    );
    expect(flags).toEqual([{ type: "DUPLICATE", evidenceId: "x", otherCases: ["古林镇·甲厂"] }]);
    expect(flagText(flags[0])).toBe("同一文件已用于其他整治对象：古林镇·甲厂");
  });

  it("can flag a reused file without naming the other case", () => {
    const flags = integrityFlags([photo("x", "AFTER_PHOTO", "2020-06-01T10:00:00Z", "abc")], new Map([["abc", []]]));
    expect(flags.map((f) => flagText(f))).toEqual(["同一文件已用于其他整治对象"]);
  });
});

describe("evidence location flags", () => {
  const site = { latitude: 29.8746, longitude: 121.5503 };
  const at = (p: IntegrityEvidence, dLatMetres: number | null): IntegrityEvidence => ({
    ...p,
    latitude: dLatMetres === null ? null : site.latitude + dLatMetres / 111_195,
    longitude: dLatMetres === null ? null : site.longitude,
  });
  const check = { site, maxDistanceM: 500 };

  it("flags a photo taken far from the enterprise with the distance, not a near one", () => {
    const flags = integrityFlags(
      [
        at(photo("far", "AFTER_PHOTO", "2020-06-02T10:00:00Z"), 2400),
        at(photo("near", "AFTER_PHOTO", "2020-06-02T10:00:00Z"), 80),
      ],
      new Map(),
      check,
    );
    expect(flags).toEqual([{ type: "FAR_FROM_SITE", evidenceId: "far", metres: 2400 }]);
    expect(flagText(flags[0])).toBe("拍摄位置距企业 2400 米");
  });

  it("marks photos without position, never PDFs", () => {
    const pdf: IntegrityEvidence = {
      id: "p",
      kind: "ACCEPTANCE_FORM",
      mime: "application/pdf",
      capturedAt: null,
      sha256: "p",
    };
    const flags = integrityFlags([at(photo("x", "AFTER_PHOTO", "2020-06-02T10:00:00Z"), null), pdf], new Map(), check);
    expect(flags).toEqual([{ type: "NO_POSITION", evidenceId: "x" }]);
    expect(flagText(flags[0])).toBe("照片无位置信息");
  });

  it("judges no position while the enterprise's site is not recorded", () => {
    const evidence = [
      at(photo("x", "AFTER_PHOTO", "2020-06-02T10:00:00Z"), null),
      at(photo("y", "AFTER_PHOTO", "2020-06-02T10:00:00Z"), 9000),
    ];
    expect(
      integrityFlags(evidence, new Map(), { site: { latitude: null, longitude: null }, maxDistanceM: 500 }),
    ).toEqual([]);
    expect(integrityFlags(evidence, new Map())).toEqual([]);
  });

  it("follows the configured distance", () => {
    const e = [at(photo("y", "AFTER_PHOTO", "2020-06-02T10:00:00Z"), 800)];
    expect(integrityFlags(e, new Map(), { site, maxDistanceM: 1000 })).toEqual([]);
    expect(integrityFlags(e, new Map(), { site, maxDistanceM: 500 })).toEqual([
      { type: "FAR_FROM_SITE", evidenceId: "y", metres: 800 },
    ]);
  });
});
