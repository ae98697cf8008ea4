import { describe, expect, it } from "vitest";

import type { Flag } from "@/lib/cases/integrity";
import { changedSinceReturn, checkAcceptance, flagSummary, VERIFIED_NOTE_MAX } from "@/lib/cases/review";

const flags: Flag[] = [
  { type: "NO_CAPTURE_TIME", evidenceId: "a" },
  { type: "DUPLICATE", evidenceId: "a", otherCases: ["古林镇·某厂"] },
  { type: "NO_CAPTURE_TIME", evidenceId: "b" },
  { type: "FAR_FROM_SITE", evidenceId: "c", metres: 900 },
];

describe("the flag summary of a case", () => {
  it("adds the flags up by type, in the fixed order, leaving out types without any", () => {
    expect(flagSummary(flags)).toEqual({
      total: 4,
      byType: [
        { type: "DUPLICATE", count: 1 },
        { type: "NO_CAPTURE_TIME", count: 2 },
        { type: "FAR_FROM_SITE", count: 1 },
      ],
    });
  });

  it("is empty for a case without flags", () => {
    expect(flagSummary([])).toEqual({ total: 0, byType: [] });
  });
});

describe("accepting a case with flags", () => {
  it("needs nothing more when the case has no flags, and records nothing as verified", () => {
    expect(checkAcceptance(0, {})).toEqual({ ok: true, verified: false, verifiedNote: null });
    expect(checkAcceptance(0, { verified: true, verifiedNote: "看过" })).toEqual({
      ok: true,
      verified: false,
      verifiedNote: null,
    });
  });

  it("is refused without 已核实, at the checkbox, saying how many flags there are", () => {
    expect(checkAcceptance(3, { verifiedNote: "已电话核实" })).toEqual({
      ok: false,
      field: "verified",
      reason: "该整治对象有 3 条材料核查提示，请逐条核实后勾选“已核实”并填写核实说明",
    });
  });

  it("is refused with 已核实 but no note (blank counts as none), at the note", () => {
    for (const verifiedNote of [undefined, null, "", "   \n"]) {
      expect(checkAcceptance(1, { verified: true, verifiedNote })).toEqual({
        ok: false,
        field: "verifiedNote",
        reason: "请填写核实说明（如何核实了上述提示）",
      });
    }
  });

  it("is refused with a note longer than the limit", () => {
    expect(checkAcceptance(1, { verified: true, verifiedNote: "核".repeat(VERIFIED_NOTE_MAX + 1) })).toMatchObject({
      ok: false,
      field: "verifiedNote",
    });
    expect(checkAcceptance(1, { verified: true, verifiedNote: "核".repeat(VERIFIED_NOTE_MAX) }).ok).toBe(true);
  });

  it("is allowed with 已核实 and a note, recorded trimmed", () => {
    expect(checkAcceptance(2, { verified: true, verifiedNote: "  现场复核，照片为同一设备的两个角度 " })).toEqual({
      ok: true,
      verified: true,
      verifiedNote: "现场复核，照片为同一设备的两个角度",
    });
  });
});

describe("submitting a returned case again", () => {
  it("is held back while the case is at the version its return left it", () => {
    expect(changedSinceReturn({ status: "RETURNED", version: 7 }, { caseVersion: 7 })).toBe(false);
  });

  it("is allowed once anything moved the case's version on (a file added or removed, a field edited)", () => {
    expect(changedSinceReturn({ status: "RETURNED", version: 8 }, { caseVersion: 7 })).toBe(true);
  });

  it("does not hold back a case that is not returned, or whose return predates the record", () => {
    expect(changedSinceReturn({ status: "IN_PROGRESS", version: 3 }, { caseVersion: 3 })).toBe(true);
    expect(changedSinceReturn({ status: "RETURNED", version: 3 }, null)).toBe(true);
    expect(changedSinceReturn({ status: "RETURNED", version: 3 }, { caseVersion: null })).toBe(true);
  });
});
