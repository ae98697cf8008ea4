import { describe, expect, it } from "vitest";

import {
  awaitsLicenceCancellation,
  closesEnterprise,
  isClosureOutcome,
  normaliseLicence,
} from "@/lib/licences/handoff";

const base = {
  status: "ACCEPTED" as const,
  category: "ELIMINATION" as const,
  outcome: null,
  enterprise: { productionLicence: "SC101", licenceCancellations: [] },
};

describe("which accepted cases close the enterprise", () => {
  it("reads closure in the rectification outcome's name", () => {
    expect(["关停淘汰", "依法关停", "关闭", "取缔", "吊销营业执照"].map(isClosureOutcome)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["整合入园", "规范提升", null].map(isClosureOutcome)).toEqual([false, false, false]);
  });
  it("an accepted elimination always; a rectification only with a closure outcome; nothing before acceptance", () => {
    expect(closesEnterprise(base)).toBe(true);
    expect(closesEnterprise({ ...base, category: "RECTIFICATION", outcome: { name: "关停淘汰" } })).toBe(true);
    expect(closesEnterprise({ ...base, category: "RECTIFICATION", outcome: { name: "规范提升" } })).toBe(false);
    expect(closesEnterprise({ ...base, status: "SUBMITTED" })).toBe(false);
  });
});

describe("the cancellation work list", () => {
  it("holds a closed enterprise with a licence until that licence is recorded as cancelled", () => {
    expect(awaitsLicenceCancellation(base)).toBe(true);
    expect(
      awaitsLicenceCancellation({ ...base, enterprise: { productionLicence: "  ", licenceCancellations: [] } }),
    ).toBe(false);
    expect(
      awaitsLicenceCancellation({
        ...base,
        enterprise: { productionLicence: "SC101", licenceCancellations: [{ licenceNumber: "SC101" }] },
      }),
    ).toBe(false);
    // A new licence after an earlier cancellation is on the list again.
    expect(
      awaitsLicenceCancellation({
        ...base,
        enterprise: { productionLicence: "SC202", licenceCancellations: [{ licenceNumber: "SC101" }] },
      }),
    ).toBe(true);
  });
  it("normalises typed licence numbers (full-width, case, spaces)", () => {
    expect(normaliseLicence(" ｓｃ１０１ ")).toBe("SC101");
  });
});
