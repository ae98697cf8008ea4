import { describe, expect, it } from "vitest";
import { districtRow, formatQuota, sumQuota, type AnnexRow } from "@/lib/annex";
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
    const rows: AnnexRow[] = UNITS.map(([name, , , e, r], i) => ({ unitId: i, name, quotas: { ELIMINATION: e, RECTIFICATION: r } }));
    expect(rows).toHaveLength(18);
    expect(districtRow(rows)).toEqual({ ELIMINATION: 21, RECTIFICATION: 165 });
  });
});
