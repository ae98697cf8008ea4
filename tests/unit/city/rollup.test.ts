import { describe, expect, it } from "vitest";

import { cityCell, cityRollUp, formatCityTarget } from "@/lib/city/rollup";

const figures = (e: [number | null, number], r: [number | null, number]) => ({
  ELIMINATION: { quotaSum: e[0], accepted: e[1] },
  RECTIFICATION: { quotaSum: r[0], accepted: r[1] },
});

describe("a district's cell on the city roll-up", () => {
  it("reads completion against the city's target once issued", () => {
    const cell = cityCell({ issued: true, target: 20 }, { quotaSum: 21, accepted: 5 });
    expect(cell).toMatchObject({ quotaSum: 21, accepted: 5, completion: 25, against: "CITY" });
  });

  it("reads completion against the district's own breakdown while the city has issued none", () => {
    const cell = cityCell({ issued: false }, { quotaSum: 21, accepted: 7 });
    expect(cell.completion).toBeCloseTo((7 / 21) * 100);
    expect(cell.against).toBe("QUOTAS");
  });

  it("has no completion for “/” (the city gives the district none), a zero target is complete", () => {
    expect(cityCell({ issued: true, target: null }, { quotaSum: null, accepted: 0 })).toMatchObject({
      completion: null,
      against: null,
    });
    expect(cityCell({ issued: true, target: 0 }, { quotaSum: null, accepted: 0 }).completion).toBe(100);
    expect(cityCell({ issued: false }, { quotaSum: null, accepted: 2 }).completion).toBeNull();
  });

  it("writes the target as the number, “/” or 未下达", () => {
    expect(formatCityTarget({ issued: true, target: 21 })).toBe("21");
    expect(formatCityTarget({ issued: true, target: null })).toBe("/");
    expect(formatCityTarget({ issued: false })).toBe("未下达");
  });
});

describe("the city roll-up", () => {
  const haishu = {
    district: "海曙区",
    targets: { ELIMINATION: 21, RECTIFICATION: 165 },
    figures: figures([21, 3], [165, 33]),
  };
  const jiangbei = { district: "江北区", targets: { ELIMINATION: 10 }, figures: figures([8, 2], [null, 0]) };

  it("keeps each district's own figures on its row", () => {
    const { rows } = cityRollUp([haishu, jiangbei]);
    expect(rows.map((r) => r.district)).toEqual(["海曙区", "江北区"]);
    expect(rows[0].cells!.ELIMINATION).toMatchObject({
      quotaSum: 21,
      accepted: 3,
      cityTarget: { issued: true, target: 21 },
    });
    expect(rows[0].cells!.RECTIFICATION.completion).toBe(20);
    // 江北区 has an issued 淘汰 target, none for 整治提升 (未下达) and no unit quota there ("/").
    expect(rows[1].cells!.RECTIFICATION).toMatchObject({
      cityTarget: { issued: false },
      quotaSum: null,
      completion: null,
    });
  });

  it("sums the districts into the city total: targets, breakdowns and accepted cases", () => {
    const { total } = cityRollUp([haishu, jiangbei]);
    expect(total.ELIMINATION).toMatchObject({ cityTarget: { issued: true, target: 31 }, quotaSum: 29, accepted: 5 });
    expect(total.ELIMINATION.completion).toBeCloseTo((5 / 31) * 100);
    // Only 海曙区 has an issued 整治提升 target: the total is 165, not 未下达.
    expect(total.RECTIFICATION).toMatchObject({
      cityTarget: { issued: true, target: 165 },
      quotaSum: 165,
      accepted: 33,
    });
  });

  it("a district without a campaign for the year has no cells and adds nothing to the total", () => {
    const { rows, total } = cityRollUp([haishu, { district: "北仑区", targets: {}, figures: null }]);
    expect(rows[1].cells).toBeNull();
    expect(total.ELIMINATION).toMatchObject({ quotaSum: 21, accepted: 3 });
  });

  it("a city that has issued no target at all reads the total against the summed breakdowns", () => {
    const { total } = cityRollUp([{ ...haishu, targets: {} }]);
    expect(total.ELIMINATION).toMatchObject({ cityTarget: { issued: false }, against: "QUOTAS", quotaSum: 21 });
    expect(total.ELIMINATION.completion).toBeCloseTo((3 / 21) * 100);
  });
});
