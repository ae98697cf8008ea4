import { describe, expect, it } from "vitest";
import { z } from "zod";

import { NAME_OR_PLACE_MESSAGE, publicTipInput } from "@/lib/tips/tip-input";
import { tipSubject } from "@/lib/tips/workflow";

const errors = (v: object) => {
  const r = publicTipInput.safeParse(v);
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
};

describe("a public tip: the enterprise's name or where it is, and what was seen", () => {
  it("accepts a tip with only a place, or only a name", () => {
    expect(publicTipInput.parse({ address: "古林镇某村桥头", description: "夜间冒黑烟" })).toMatchObject({
      enterpriseName: "",
      address: "古林镇某村桥头",
    });
    expect(publicTipInput.parse({ enterpriseName: "无名翻砂作坊", description: "夜间冒黑烟" })).toMatchObject({
      enterpriseName: "无名翻砂作坊",
      address: "",
    });
  });
  it("refuses neither, at both fields, together with the other errors", () => {
    expect(errors({ enterpriseName: " ", description: "短" })).toEqual({
      enterpriseName: [NAME_OR_PLACE_MESSAGE],
      address: [NAME_OR_PLACE_MESSAGE],
      description: ["看到的情况至少5字"],
    });
  });
  it("names a tip by its place when the name is unknown", () => {
    expect(tipSubject({ enterpriseName: "", address: "古林镇某村桥头" })).toBe("名称不详（古林镇某村桥头）");
    expect(tipSubject({ enterpriseName: "甲厂", address: "古林镇" })).toBe("甲厂");
  });
});
