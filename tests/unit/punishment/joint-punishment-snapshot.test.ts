import { describe, expect, it } from "vitest";

import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { candidateStandingLabel } from "@/lib/labels";
import {
  candidateStanding,
  isPunishmentCandidate,
  punishmentReason,
  shouldTakeSnapshot,
} from "@/lib/punishment/joint-punishment";

const deadline = new Date("2020-12-31T00:00:00Z");
const ALL: CaseStatus[] = ["REGISTERED", "IN_PROGRESS", "SUBMITTED", "ACCEPTED", "RETURNED"];

describe("the deadline snapshot", () => {
  it("is taken once, from the first moment of the day after the deadline (Beijing)", () => {
    expect(shouldTakeSnapshot(deadline, new Date("2020-12-31T15:59:59Z"), false)).toBe(false);
    expect(shouldTakeSnapshot(deadline, new Date("2020-12-31T16:00:00Z"), false)).toBe(true);
    expect(shouldTakeSnapshot(deadline, new Date("2021-03-01T00:00:00Z"), true)).toBe(false);
  });
});

describe("candidates: not accepted by the deadline, per the snapshot", () => {
  it.each(ALL)("state at the deadline %s", (status) => {
    // Completion is acceptance: submitted, returned or still open on the deadline day is listed alike.
    expect(isPunishmentCandidate(status)).toBe(status !== "ACCEPTED");
  });

  it.each(ALL)("a listed case now %s is 逾期完成 only once accepted", (status) => {
    expect(candidateStanding(status)).toBe(status === "ACCEPTED" ? "FINISHED_LATE" : "UNFINISHED");
  });

  it("labels the standing", () => {
    expect(candidateStandingLabel).toEqual({ UNFINISHED: "逾期未完成", FINISHED_LATE: "逾期完成" });
  });
});

describe("the reason", () => {
  it("names the state at the deadline, the return reason then, and a late finish", () => {
    expect(
      punishmentReason({
        category: "ELIMINATION",
        statusAtDeadline: "IN_PROGRESS",
        status: "IN_PROGRESS",
        lastReturnReason: null,
      }),
    ).toBe("淘汰落后产能截止日未完成验收（截止时状态：推进中）");
    expect(
      punishmentReason({
        category: "RECTIFICATION",
        statusAtDeadline: "RETURNED",
        status: "RETURNED",
        lastReturnReason: "缺少整治后照片",
      }),
    ).toBe("“低散乱”整治提升截止日未完成验收（截止时状态：已退回）；退回理由：缺少整治后照片");
    expect(
      punishmentReason({
        category: "ELIMINATION",
        statusAtDeadline: "REGISTERED",
        status: "ACCEPTED",
        lastReturnReason: "旧理由",
      }),
    ).toBe("淘汰落后产能截止日未完成验收（截止时状态：已登记）；已逾期完成");
  });
});
