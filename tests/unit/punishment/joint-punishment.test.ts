import { describe, expect, it } from "vitest";

import { isAfterDeadline, punishmentCsv } from "@/lib/punishment/joint-punishment";

describe("联合惩戒", () => {
  it("opens the day after the deadline, in Beijing time", () => {
    const deadline = new Date("2020-12-31T00:00:00Z");
    expect(isAfterDeadline(deadline, new Date("2020-12-31T15:59:00Z"))).toBe(false);
    expect(isAfterDeadline(deadline, new Date("2020-12-31T16:00:00Z"))).toBe(true);
  });

  it("writes CSV with a BOM, quoted fields, the credit code as text and formulas neutralised", () => {
    const csv = punishmentCsv(
      [
        {
          enterprise: '甲"厂',
          creditCode: "913302030000000001",
          unit: "古林镇",
          reason: '=HYPERLINK("x")',
          confirmedAt: new Date("2021-01-05T02:00:00Z"),
        },
        {
          enterprise: "无证作坊",
          creditCode: null,
          unit: "集士港镇",
          reason: "逾期",
          confirmedAt: new Date("2021-01-05T02:00:00Z"),
        },
      ],
      () => "2021/01/05",
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      '"序号","企业（作坊）名称","统一社会信用代码","所属镇（乡）街道","列入理由","确认日期"',
      '"1","甲""厂",="913302030000000001","古林镇","\'=HYPERLINK(""x"")","2021/01/05"',
      '"2","无证作坊","","集士港镇","逾期","2021/01/05"',
      "",
    ]);
  });
});
