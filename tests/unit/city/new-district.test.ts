import { describe, expect, it } from "vitest";

import { departmentNameFor, newDistrictErrors, officeShortNameFor } from "@/lib/city/new-district";

const existing = { codes: ["330203", "330205"], names: ["海曙区", "江北区"], docPrefixes: ["海工强办", "北工强办"] };
const beilun = {
  code: "330206",
  name: "北仑区",
  docPrefix: "仑工强办",
  officeName: "北仑区工业强区建设领导小组办公室",
};

describe("a new district", () => {
  it("is accepted with a fresh 区划代码 of the city, name and 发文机关代字", () => {
    expect(newDistrictErrors(beilun, "330200", existing)).toEqual({});
  });

  it("needs a six-digit code under the city's own, not the city's code itself", () => {
    expect(newDistrictErrors({ ...beilun, code: "33020" }, "330200", existing).code).toMatch(/6位数字/);
    expect(newDistrictErrors({ ...beilun, code: "３３０２０６" }, "330200", existing).code).toMatch(/6位数字/);
    expect(newDistrictErrors({ ...beilun, code: "330106" }, "330200", existing).code).toMatch(/以 3302 开头/);
    expect(newDistrictErrors({ ...beilun, code: "330200" }, "330200", existing).code).toMatch(/本市/);
  });

  it("repeats no district's code, name or 发文机关代字, each said at its field", () => {
    expect(
      newDistrictErrors({ ...beilun, code: "330205", name: "海曙区", docPrefix: "北工强办" }, "330200", existing),
    ).toEqual({
      code: "区划代码 330205 已有区县使用",
      name: "已有区县名为“海曙区”",
      docPrefix: "发文机关代字“北工强办”已有区县使用",
    });
  });
});

describe("the new district's departments", () => {
  it("take the district's place name where the plan's name is 海曙's own", () => {
    expect(departmentNameFor("海曙生态环境分局", "北仑区")).toBe("北仑生态环境分局");
    expect(departmentNameFor("海曙自然资源和规划分局", "慈溪市")).toBe("慈溪自然资源和规划分局");
    expect(departmentNameFor("海曙生态环境分局", "象山县")).toBe("象山生态环境分局");
  });

  it("keep the names every district shares", () => {
    expect(departmentNameFor("区发改局", "北仑区")).toBe("区发改局");
    expect(departmentNameFor("区工强办", "北仑区")).toBe("区工强办");
  });
});

describe("the new district's office", () => {
  it("is 区工强办 / 县工强办, and a 县级市's own, never the city's 市工强办", () => {
    expect(officeShortNameFor("北仑区")).toBe("区工强办");
    expect(officeShortNameFor("象山县")).toBe("县工强办");
    expect(officeShortNameFor("慈溪市")).toBe("慈溪市工强办");
  });
});
