import { describe, expect, it } from "vitest";

import {
  countMissingCreditCodes,
  creditCodeCell,
  isAfterDeadline,
  MISSING_CREDIT_CODE,
  needsCreditCode,
  punishmentCsv,
  punishmentReason,
} from "@/lib/punishment/joint-punishment";

describe("联合惩戒", () => {
  it("opens the day after the deadline, in Beijing time", () => {
    const deadline = new Date("2020-12-31T00:00:00Z");
    expect(isAfterDeadline(deadline, new Date("2020-12-31T15:59:00Z"))).toBe(false);
    expect(isAfterDeadline(deadline, new Date("2020-12-31T16:00:00Z"))).toBe(true);
  });

  it("lists a case submitted on time but not yet accepted, with that state", () => {
    expect(
      punishmentReason({
        category: "ELIMINATION",
        statusAtDeadline: "SUBMITTED",
        status: "SUBMITTED",
        lastReturnReason: null,
      }),
    ).toBe("淘汰落后产能截止日未完成验收（截止时状态：已上报）");
  });

  it("writes CSV with a BOM, quoted fields, the credit code as text, the state on the deadline and formulas neutralised", () => {
    const csv = punishmentCsv(
      [
        {
          enterprise: '甲"厂',
          creditCode: "913302030000000001",
          unit: "古林镇",
          statusAtDeadline: "SUBMITTED",
          reason: '=HYPERLINK("x")',
          confirmedAt: new Date("2021-01-05T02:00:00Z"),
        },
        {
          enterprise: "无证作坊",
          creditCode: null,
          unit: "集士港镇",
          statusAtDeadline: "RETURNED",
          reason: "逾期",
          confirmedAt: new Date("2021-01-05T02:00:00Z"),
        },
      ],
      () => "2021/01/05",
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      '"序号","企业（作坊）名称","统一社会信用代码","所属镇（乡）街道","截止日状态","列入理由","确认日期"',
      '"1","甲""厂",="913302030000000001","古林镇","已上报","\'=HYPERLINK(""x"")","2021/01/05"',
      '"2","无证作坊","缺统一社会信用代码","集士港镇","已退回","逾期","2021/01/05"',
      "",
    ]);
  });
});

describe("an enterprise without a credit code", () => {
  it.each([
    [null, true],
    ["", true],
    ["   ", true],
    ["913302030000000001", false],
  ])("credit code %j is flagged for completion: %s", (creditCode, missing) => {
    expect(needsCreditCode({ creditCode })).toBe(missing);
    expect(creditCodeCell({ creditCode })).toBe(missing ? MISSING_CREDIT_CODE : creditCode);
  });

  it("is never exported blank, and is counted", () => {
    expect(MISSING_CREDIT_CODE).toBe("缺统一社会信用代码");
    expect(creditCodeCell({ creditCode: " 913302030000000001 " })).toBe("913302030000000001");
    expect(countMissingCreditCodes([{ creditCode: null }, { creditCode: "91330203" }, { creditCode: "" }])).toBe(2);
    expect(countMissingCreditCodes([])).toBe(0);
  });
});
