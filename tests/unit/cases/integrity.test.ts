import { describe, expect, it } from "vitest";
import { flagText, integrityFlags, type IntegrityEvidence } from "@/lib/cases/integrity";

const photo = (id: string, kind: IntegrityEvidence["kind"], capturedAt: string | null, sha = id): IntegrityEvidence => ({
  id, kind, mime: "image/jpeg", capturedAt: capturedAt ? new Date(capturedAt) : null, sha256: sha,
});

describe("evidence integrity flags", () => {
  it("flags a before photo taken after an after photo", () => {
    const flags = integrityFlags([photo("b", "BEFORE_PHOTO", "2020-06-02T10:00:00Z"), photo("a", "AFTER_PHOTO", "2020-06-01T10:00:00Z")], new Map());
    expect(flags).toEqual([{ type: "BEFORE_AFTER_ORDER", evidenceId: "b" }]);
    expect(flagText(flags[0])).toBe("整治前照片的拍摄时间晚于整治后照片");
  });

  it("accepts before-then-after, and cannot judge the order without both times", () => {
    expect(integrityFlags([photo("b", "BEFORE_PHOTO", "2020-06-01T10:00:00Z"), photo("a", "AFTER_PHOTO", "2020-06-02T10:00:00Z")], new Map())).toEqual([]);
    expect(integrityFlags([photo("b", "BEFORE_PHOTO", "2020-06-03T10:00:00Z")], new Map())).toEqual([]);
  });

  it("marks a photo without capture time, but not a PDF", () => {
    const pdf: IntegrityEvidence = { id: "p", kind: "ACCEPTANCE_FORM", mime: "application/pdf", capturedAt: null, sha256: "p" };
    expect(integrityFlags([photo("x", "AFTER_PHOTO", null), pdf], new Map())).toEqual([{ type: "NO_CAPTURE_TIME", evidenceId: "x" }]);
  });

  it("flags a file used on another case and names it", () => {
    const flags = integrityFlags([photo("x", "AFTER_PHOTO", "2020-06-01T10:00:00Z", "abc")], new Map([["abc", ["古林镇·甲厂"]]]));
    expect(flags).toEqual([{ type: "DUPLICATE", evidenceId: "x", otherCases: ["古林镇·甲厂"] }]);
    expect(flagText(flags[0])).toBe("同一文件已用于其他案件：古林镇·甲厂");
  });
});
