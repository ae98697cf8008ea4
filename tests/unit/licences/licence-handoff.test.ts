import { describe, expect, it } from "vitest";

import type { MeasureKind } from "@/lib/generated/prisma/enums";
import {
  awaitsLicenceCancellation,
  closesEnterprise,
  escalatedToClosure,
  type HandoffCase,
  isClosureOutcome,
  licenceCancelled,
  licenceWorklist,
  normaliseLicence,
  wholeExitReason,
} from "@/lib/licences/handoff";

const enterprise = { productionLicence: "SC101", licenceCancellations: [], measures: [] };
const base: HandoffCase = {
  status: "ACCEPTED",
  category: "ELIMINATION",
  wholeExit: true,
  outcome: null,
  measures: [],
  enterprise,
};
const escalation = { kind: "CLOSURE" as const, escalation: true };

describe("which cases close the enterprise as a whole", () => {
  it("reads closure in the rectification outcome's name", () => {
    expect(["关停淘汰", "依法关停", "关闭", "取缔", "关停取缔", "吊销营业执照"].map(isClosureOutcome)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["整合入园", "规范提升", null, undefined].map(isClosureOutcome)).toEqual([false, false, false, false]);
  });

  it("an accepted 淘汰 case of an enterprise that keeps producing is not an exit", () => {
    expect(closesEnterprise({ ...base, wholeExit: false })).toBe(false);
    expect(wholeExitReason({ ...base, wholeExit: false })).toBeNull();
  });

  it("整体关停退出 recorded on the case, once accepted", () => {
    expect(wholeExitReason(base)).toBe("整体关停退出，已验收");
    for (const status of ["REGISTERED", "IN_PROGRESS", "SUBMITTED", "RETURNED"] as const)
      expect(closesEnterprise({ ...base, status })).toBe(false);
    expect(closesEnterprise({ ...base, category: "RECTIFICATION" })).toBe(true);
  });

  it("a 低散乱 workshop accepted with a 关停 outcome; not one with another outcome", () => {
    const workshop = { ...base, category: "RECTIFICATION" as const, wholeExit: false };
    expect(wholeExitReason({ ...workshop, outcome: { name: "关停淘汰" } })).toBe("关停淘汰，已验收");
    expect(closesEnterprise({ ...workshop, outcome: { name: "规范提升" } })).toBe(false);
    expect(closesEnterprise({ ...workshop, status: "SUBMITTED", outcome: { name: "关停淘汰" } })).toBe(false);
    // The outcome names closure only for a workshop: an elimination's outcome is not read.
    expect(closesEnterprise({ ...base, wholeExit: false, outcome: { name: "关停淘汰" } })).toBe(false);
  });

  it("an escalation that ends in 关停, from the day it is ordered, whatever the case's state", () => {
    expect(escalatedToClosure([escalation])).toBe(true);
    expect(escalatedToClosure([{ kind: "CLOSURE", escalation: false }])).toBe(false);
    expect(escalatedToClosure([{ kind: "SUSPEND_PRODUCTION", escalation: true }])).toBe(false);
    for (const status of ["IN_PROGRESS", "SUBMITTED", "ACCEPTED"] as const)
      expect(wholeExitReason({ ...base, wholeExit: false, status, measures: [escalation] })).toBe("升级处置为关停");
  });
});

describe("the cancellation work list", () => {
  const measures = (kinds: MeasureKind[]) => kinds.map((kind) => ({ kind }));

  it("holds an exiting enterprise with a licence until the 注销生产许可证 measure or the cancellation is recorded", () => {
    expect(awaitsLicenceCancellation(base)).toBe(true);
    expect(awaitsLicenceCancellation({ ...base, enterprise: { ...enterprise, productionLicence: "  " } })).toBe(false);
    expect(awaitsLicenceCancellation({ ...base, enterprise: { ...enterprise, productionLicence: null } })).toBe(false);
    const measured = { ...enterprise, measures: measures(["CANCEL_PRODUCTION_PERMIT"]) };
    expect(licenceCancelled(measured)).toBe(true);
    expect(awaitsLicenceCancellation({ ...base, enterprise: measured })).toBe(false);
    // Other measures (吊销营业执照, 查处无证生产) do not complete it.
    expect(
      awaitsLicenceCancellation({
        ...base,
        enterprise: { ...enterprise, measures: measures(["REVOKE_LICENSE", "UNLICENSED_PRODUCTION"]) },
      }),
    ).toBe(true);
    expect(
      awaitsLicenceCancellation({
        ...base,
        enterprise: { ...enterprise, licenceCancellations: [{ licenceNumber: "SC101" }] },
      }),
    ).toBe(false);
    // A new licence after an earlier cancellation is on the list again.
    expect(
      awaitsLicenceCancellation({
        ...base,
        enterprise: { ...enterprise, productionLicence: "SC202", licenceCancellations: [{ licenceNumber: "SC101" }] },
      }),
    ).toBe(true);
  });

  it("leaves out an enterprise that keeps producing", () => {
    expect(awaitsLicenceCancellation({ ...base, wholeExit: false })).toBe(false);
  });

  it("lists each enterprise once, at its first case due", () => {
    const list = licenceWorklist([
      { ...base, id: "a", enterpriseId: "e1" },
      { ...base, id: "b", enterpriseId: "e1", category: "RECTIFICATION" as const },
      { ...base, id: "c", enterpriseId: "e2", wholeExit: false },
      {
        ...base,
        id: "d",
        enterpriseId: "e3",
        wholeExit: false,
        status: "IN_PROGRESS" as const,
        measures: [escalation],
      },
    ]);
    expect(list.map((c) => c.id)).toEqual(["a", "d"]);
  });

  it("normalises typed licence numbers (full-width, case, spaces)", () => {
    expect(normaliseLicence(" ｓｃ１０１ ")).toBe("SC101");
  });
});
