import { describe, expect, it } from "vitest";
import { z } from "zod";

import {
  calendarDate,
  cuid,
  intId,
  optionalCalendarDate,
  optionalIntId,
  optionalText,
  searchText,
  text,
  uniqueArray,
} from "@/lib/fields";

const messages = (r: { success: boolean; error?: z.ZodError }) => r.error?.issues.map((i) => i.message) ?? [];

describe("text", () => {
  it("trims, bounds and says which field is missing or too short", () => {
    expect(text("名称", 5, 2).parse("  甲厂 ")).toBe("甲厂");
    expect(messages(text("名称", 5, 2).safeParse("   "))).toEqual(["请填写名称"]);
    expect(messages(text("名称", 5, 2).safeParse("甲"))).toEqual(["名称至少2字"]);
    expect(messages(text("名称", 5, 2).safeParse("甲乙丙丁戊己"))).toEqual(["名称最多5字"]);
    expect(messages(text("名称", 5).safeParse(undefined))).toEqual(["请填写名称"]);
  });
  it("refuses NUL and other control characters but keeps line breaks and tabs", () => {
    expect(messages(text("名称", 50).safeParse("甲\u0000厂"))).toEqual(["名称含有不允许的字符"]);
    expect(messages(optionalText("说明", 50).safeParse("\u001b[31m"))).toEqual(["说明含有不允许的字符"]);
    expect(text("说明", 50).parse("第一行\n第二行\t完")).toBe("第一行\n第二行\t完");
    expect(optionalText("说明", 50).parse("  ")).toBeNull();
    expect(messages(searchText().safeParse("\u0000"))).toEqual(["查询内容含有不允许的字符"]);
  });
});

describe("calendar dates", () => {
  it("reads a real day between 2000 and 2100 as UTC midnight", () => {
    expect(calendarDate("日期").parse("2020-02-29")).toEqual(new Date("2020-02-29T00:00:00Z"));
    expect(messages(calendarDate("日期").safeParse("0000-01-01"))).toEqual(["日期应在 2000—2100 年之间"]);
    expect(messages(calendarDate("日期").safeParse("2021-02-29"))).toEqual(["请填写日期（年-月-日）"]);
    expect(messages(calendarDate("日期").safeParse("2020-01-01\u0000"))).toEqual(["请填写日期（年-月-日）"]);
  });
  it("takes an empty optional day as none", () => {
    expect(optionalCalendarDate("日期").parse("")).toBeNull();
    expect(optionalCalendarDate("日期").parse(undefined)).toBeNull();
    expect(optionalCalendarDate("日期").safeParse("9999-12-31").success).toBe(false);
  });
});

describe("ids", () => {
  it("takes database ids and integer ids from forms, nothing else", () => {
    expect(cuid.safeParse("cmabc123def456ghi789jkl0").success).toBe(true);
    expect(cuid.safeParse("\u0000").success).toBe(false);
    expect(cuid.safeParse("../etc/passwd").success).toBe(false);
    expect(intId.parse("12")).toBe(12);
    expect(intId.safeParse("1.5").success).toBe(false);
    expect(intId.safeParse("0").success).toBe(false);
    expect(intId.safeParse("99999999999").success).toBe(false);
    expect(optionalIntId.parse("")).toBeNull();
    expect(optionalIntId.parse(null)).toBeNull();
    expect(optionalIntId.parse(7)).toBe(7);
  });
});

describe("lists", () => {
  const list = uniqueArray(z.enum(["A", "B", "C"]), 2, "方面");
  it("drops repeats before counting", () => {
    expect(list.parse(Array(5000).fill("A"))).toEqual(["A"]);
    expect(list.parse(["B", "A", "B"])).toEqual(["B", "A"]);
  });
  it("refuses more distinct entries than allowed, and absurdly long lists outright", () => {
    expect(messages(list.safeParse(["A", "B", "C"]))).toEqual(["方面最多2项"]);
    expect(messages(list.safeParse(Array(10_001).fill("A")))).toEqual(["方面过多"]);
  });
  it("de-duplicates objects by a key", () => {
    const byCode = uniqueArray(z.object({ code: z.string(), n: z.number() }), 5, "企业", (e) => e.code);
    expect(
      byCode.parse([
        { code: "x", n: 1 },
        { code: "x", n: 2 },
        { code: "y", n: 3 },
      ]),
    ).toEqual([
      { code: "x", n: 1 },
      { code: "y", n: 3 },
    ]);
  });
});
