import { describe, expect, it } from "vitest";

import { decideOutsideTarget, formatUnitsMet, isOutsideTarget, unitsMeetingTarget } from "@/lib/campaigns/annex";
import { UNITS } from "@/prisma/seed-data";

describe("目标外: registering where the annex says “/”", () => {
  it("is judged on “/” only: a number (0 included) is a target, a missing cell (quota not set) is not judged", () => {
    expect(isOutsideTarget(null)).toBe(true);
    expect(isOutsideTarget(0)).toBe(false);
    expect(isOutsideTarget(3)).toBe(false);
    expect(isOutsideTarget(undefined)).toBe(false);
  });

  it("asks for a confirmation and marks the case 目标外 once confirmed", () => {
    expect(decideOutsideTarget(null, false, "淘汰落后产能")).toEqual({
      ok: false,
      reason: "本单位在目标任务分解表中“淘汰落后产能”一栏为“/”（不承担该类目标），须确认登记为目标外整治对象",
    });
    expect(decideOutsideTarget(null, true, "淘汰落后产能")).toEqual({ ok: true, outsideTarget: true });
  });

  it("registers a case within a target as usual, whatever the confirmation says", () => {
    expect(decideOutsideTarget(3, false, "淘汰落后产能")).toEqual({ ok: true, outsideTarget: false });
    expect(decideOutsideTarget(3, true, "淘汰落后产能")).toEqual({ ok: true, outsideTarget: false });
    expect(decideOutsideTarget(0, false, "淘汰落后产能")).toEqual({ ok: true, outsideTarget: false });
    expect(decideOutsideTarget(undefined, false, "淘汰落后产能")).toEqual({ ok: true, outsideTarget: false });
  });

  it("applies to the 2020 annex's “/” cells: 望春街道 for 淘汰, 望春工业园区 for 整治提升, 月湖街道 for both", () => {
    const byName = Object.fromEntries(
      UNITS.map(([name, , , elimination, rectification]) => [name, { elimination, rectification }]),
    );
    expect(isOutsideTarget(byName["望春街道"].elimination)).toBe(true);
    expect(isOutsideTarget(byName["望春街道"].rectification)).toBe(false);
    expect(isOutsideTarget(byName["望春工业园区"].rectification)).toBe(true);
    expect(isOutsideTarget(byName["望春工业园区"].elimination)).toBe(false);
    expect(isOutsideTarget(byName["月湖街道"].elimination) && isOutsideTarget(byName["月湖街道"].rectification)).toBe(
      true,
    );
  });
});

describe("达标单位 n/m", () => {
  it("counts, of the units with a target, those that met it — a surplus elsewhere hides no shortfall", () => {
    // District: 3+1 targets = 4 and 6 accepted in all, yet only one of the two units met its target.
    const rows = [
      { target: 3, accepted: 6 },
      { target: 1, accepted: 0 },
      { target: null, accepted: 2 },
    ];
    expect(unitsMeetingTarget(rows)).toEqual({ met: 1, of: 2 });
    expect(formatUnitsMet(unitsMeetingTarget(rows))).toBe("达标单位 1/2");
  });

  it("met is at least the target; a zero target is met; units with “/” are not counted", () => {
    expect(unitsMeetingTarget([{ target: 2, accepted: 2 }])).toEqual({ met: 1, of: 1 });
    expect(unitsMeetingTarget([{ target: 2, accepted: 1 }])).toEqual({ met: 0, of: 1 });
    expect(unitsMeetingTarget([{ target: 0, accepted: 0 }])).toEqual({ met: 1, of: 1 });
    expect(unitsMeetingTarget([{ target: null, accepted: 9 }])).toEqual({ met: 0, of: 0 });
    expect(formatUnitsMet({ met: 0, of: 0 })).toBeNull();
  });

  it("the 2020 annex: 10 units carry 淘汰 targets and 11 carry 整治提升 targets", () => {
    const col = { elimination: 3, rectification: 4 } as const;
    const none = (k: keyof typeof col) => UNITS.map((u) => ({ target: u[col[k]] as number | null, accepted: 0 }));
    expect(unitsMeetingTarget(none("elimination"))).toEqual({ met: 0, of: 10 });
    expect(unitsMeetingTarget(none("rectification"))).toEqual({ met: 0, of: 11 });
    const all = (k: keyof typeof col) =>
      UNITS.map((u) => ({ target: u[col[k]] as number | null, accepted: (u[col[k]] as number | null) ?? 0 }));
    expect(formatUnitsMet(unitsMeetingTarget(all("elimination")))).toBe("达标单位 10/10");
  });
});
