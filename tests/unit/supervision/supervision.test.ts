import { describe, expect, it } from "vitest";

import { rollUp } from "@/lib/dashboard/pace";
import { freezeFigures, isFollowUpDue, unacknowledged } from "@/lib/supervision/rules";

describe("the figures a 通报 freezes", () => {
  const units = [
    { unitId: 1, name: "集士港镇", quotas: { ELIMINATION: 3, RECTIFICATION: 20 } },
    { unitId: 2, name: "古林镇", quotas: { ELIMINATION: null, RECTIFICATION: 10 } },
  ];
  const counts = (id: number, c: string) =>
    id === 1 && c === "ELIMINATION"
      ? { REGISTERED: 0, IN_PROGRESS: 1, SUBMITTED: 1, RETURNED: 0, ACCEPTED: 1 }
      : undefined;

  it("keeps only the named units, with targets, accepted, submitted, completion and the slow reason", () => {
    const roll = rollUp(units, counts, 75, 20);
    const frozen = freezeFigures(roll.rows, [1], 75, new Date("2020-10-01T02:00:00Z"));
    expect(frozen).toEqual({
      at: "2020-10-01T02:00:00.000Z",
      elapsed: 75,
      units: [
        {
          unitId: 1,
          name: "集士港镇",
          lagReason: "淘汰落后产能完成 1/3，序时进度 75%；整治提升完成 0/20，序时进度 75%",
          figures: {
            ELIMINATION: { target: 3, accepted: 1, submitted: 1, completion: (1 / 3) * 100 },
            RECTIFICATION: { target: 20, accepted: 0, submitted: 0, completion: 0 },
          },
        },
      ],
    });
    // Plain JSON: survives storage unchanged.
    expect(JSON.parse(JSON.stringify(frozen))).toEqual(frozen);
  });

  it("keeps “/” as null for a unit without a quota", () => {
    const frozen = freezeFigures(rollUp(units, counts, 75, 20).rows, [2], 75, new Date());
    expect(frozen.units[0].figures.ELIMINATION).toEqual({ target: null, accepted: 0, submitted: 0, completion: null });
  });
});

describe("约谈 follow-up", () => {
  const interview = {
    kind: "INTERVIEW" as const,
    followUpDate: new Date("2020-09-30T00:00:00Z"),
    followUpDoneAt: null,
  };
  it("is due from the start of the follow-up day in Beijing until marked done", () => {
    expect(isFollowUpDue(interview, new Date("2020-09-29T15:59:00Z"))).toBe(false);
    expect(isFollowUpDue(interview, new Date("2020-09-29T16:00:00Z"))).toBe(true);
    expect(isFollowUpDue({ ...interview, followUpDoneAt: new Date() }, new Date("2020-10-05T00:00:00Z"))).toBe(false);
  });
  it("never for a 通报 or an interview without a follow-up date", () => {
    expect(isFollowUpDue({ ...interview, kind: "CIRCULAR" }, new Date("2020-12-01T00:00:00Z"))).toBe(false);
    expect(isFollowUpDue({ ...interview, followUpDate: null }, new Date("2020-12-01T00:00:00Z"))).toBe(false);
  });
});

describe("acknowledgements", () => {
  it("lists the units yet to acknowledge", () => {
    expect(
      unacknowledged([
        { unitId: 1, acknowledgedAt: null },
        { unitId: 2, acknowledgedAt: new Date() },
      ]),
    ).toEqual([{ unitId: 1, acknowledgedAt: null }]);
  });
});
