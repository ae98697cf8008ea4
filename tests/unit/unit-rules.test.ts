import { describe, expect, it } from "vitest";

import { newUnitErrors, normalizeUnitCode, unitCodeError, unitNameError } from "@/lib/units/unit-rules";

const HAISHU = "330203";
const none = { names: [], codes: [] };

describe("a new unit's 统计用区划代码", () => {
  it("stores the 12-digit form as its 9-digit 乡级 code, a park's code in capitals", () => {
    expect(normalizeUnitCode(" 330203102000 ")).toBe("330203102");
    expect(normalizeUnitCode("330203102")).toBe("330203102");
    expect(normalizeUnitCode("330203p02")).toBe("330203P02");
    // Not a 乡级 code padded with zeros: left as typed (and then refused).
    expect(normalizeUnitCode("330203102001")).toBe("330203102001");
  });

  it.each([
    ["SUBDISTRICT", "330203001"],
    ["SUBDISTRICT", "330203099"],
    ["TOWN", "330203100"],
    ["TOWN", "330203199"],
    ["XIANG", "330203200"],
    ["XIANG", "330203399"],
    ["PARK", "330203P01"],
  ] as const)("accepts a %s coded %s", (kind, code) => {
    expect(unitCodeError(kind, code, HAISHU)).toBeNull();
  });

  it.each([
    ["TOWN", "33020310", "为12位数字"],
    ["TOWN", "330203102001", "为12位数字"],
    ["TOWN", "330205102", "须以本区县代码 330203 开头"],
    ["TOWN", "330203009", "才是镇"],
    ["SUBDISTRICT", "330203000", "才是街道"],
    ["SUBDISTRICT", "330203100", "才是街道"],
    ["XIANG", "330203400", "才是乡"],
    ["PARK", "330203102", "内部编码"],
    ["PARK", "330205P01", "内部编码"],
  ] as const)("refuses a %s coded %s", (kind, code, why) => {
    expect(unitCodeError(kind, code, HAISHU)).toContain(why);
  });
});

describe("a unit's name", () => {
  it.each([
    ["TOWN", "古林镇"],
    ["XIANG", "龙观乡"],
    ["SUBDISTRICT", "石碶街道"],
    ["PARK", "望春工业园区"],
  ] as const)("a %s may be called %s", (kind, name) => {
    expect(unitNameError(kind, name)).toBeNull();
  });

  it.each([
    ["TOWN", "古林街道"],
    ["TOWN", "镇"],
    ["XIANG", "龙观镇"],
    ["SUBDISTRICT", "石碶镇"],
    ["SUBDISTRICT", "街道"],
  ] as const)("a %s may not be called %s", (kind, name) => {
    expect(unitNameError(kind, name)).toMatch(/的名称以“.+”结尾/);
  });
});

describe("newUnitErrors", () => {
  it("lets a fitting, unused unit through", () => {
    expect(newUnitErrors({ name: "新丰镇", kind: "TOWN", code: "330203107000" }, HAISHU, none)).toEqual({});
  });

  it("refuses a name of the district and a code of the city, each at its field", () => {
    const existing = { names: ["古林镇"], codes: ["330203103", "330205101"] };
    expect(newUnitErrors({ name: "古林镇", kind: "TOWN", code: "330203103000" }, HAISHU, existing)).toEqual({
      name: "本区县已有单位名为“古林镇”",
      code: "代码 330203103 已有单位使用",
    });
  });

  it("names the kind's rule before uniqueness", () => {
    expect(newUnitErrors({ name: "古林", kind: "TOWN", code: "x" }, HAISHU, { names: ["古林"], codes: [] })).toEqual({
      name: expect.stringContaining("以“镇”结尾"),
      code: expect.stringContaining("12位数字"),
    });
  });
});
