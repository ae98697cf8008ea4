import { describe, expect, it } from "vitest";

import { pageParam } from "@/lib/fields";
import { withQuery } from "@/lib/href";

describe("list addresses", () => {
  it("leaves out empty values and page 1, so each list state has one address", () => {
    expect(withQuery("/tips", { status: undefined, page: 1 })).toBe("/tips");
    expect(withQuery("/tips", { status: "ASSIGNED", page: 2 })).toBe("/tips?status=ASSIGNED&page=2");
    expect(withQuery("/cases", { q: "", unit: 7, page: 3 })).toBe("/cases?unit=7&page=3");
    expect(withQuery("/cases", { q: "铸造&厂" })).toBe("/cases?q=%E9%93%B8%E9%80%A0%26%E5%8E%82");
  });

  it("reads ?page= as a page number, 1 when absent or malformed", () => {
    expect(pageParam(undefined)).toBe(1);
    expect(pageParam("abc")).toBe(1);
    expect(pageParam("-4")).toBe(1);
    expect(pageParam("3")).toBe(3);
    expect(pageParam(["2", "5"])).toBe(2);
    expect(pageParam("2.5")).toBe(1);
    expect(pageParam("1e400")).toBe(1);
    expect(pageParam("99999999999999999999")).toBe(1);
    expect(pageParam("2147483647")).toBe(2147483647);
  });
});
