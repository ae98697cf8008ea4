import { describe, expect, it } from "vitest";

import { formatQuota, sumQuota } from "@/lib/campaigns/annex";
import { rollUp, type UnitInput } from "@/lib/dashboard/pace";
import { UNITS } from "@/prisma/seed-data";

describe("annex roll-up", () => {
  it("sums applicable cells and ignores '/'", () => {
    expect(sumQuota([3, null, 2])).toBe(5);
  });

  it("keeps '/' distinct from 0", () => {
    expect(sumQuota([null, null])).toBeNull();
    expect(sumQuota([0, null])).toBe(0);
    expect(formatQuota(null)).toBe("/");
    expect(formatQuota(0)).toBe("0");
  });

  it("computes the 2020 district row 21 / 165 from the source document's unit rows", () => {
    const rows: UnitInput[] = UNITS.map(([name, , , e, r], i) => ({
      unitId: i,
      name,
      quotas: { ELIMINATION: e, RECTIFICATION: r },
    }));
    expect(rows).toHaveLength(18);
    const { district } = rollUp(rows, () => undefined, 50, 20);
    expect([district.ELIMINATION.target, district.RECTIFICATION.target]).toEqual([21, 165]);
  });
});
