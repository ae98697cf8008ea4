import { describe, expect, it } from "vitest";
import { formatTarget } from "@/lib/task-lines";

describe("task-line target wording", () => {
  it("reads an exact count", () => {
    expect(formatTarget({ target: 13, atLeast: false, measure: "ENTERPRISE" }, "家")).toBe("13家");
  });
  it("reads 以上 for a minimum", () => {
    expect(formatTarget({ target: "1200.00", atLeast: true, measure: "MU" }, "亩")).toBe("1200亩以上");
  });
  it("describes done/not-done items", () => {
    expect(formatTarget({ target: null, atLeast: false, measure: "ITEM", items: [1, 2, 3] }, "项")).toBe("3项重点任务（完成/未完成）");
  });
  it("describes a line that only counts cases", () => {
    expect(formatTarget({ target: null, atLeast: false, measure: "CASE", items: [] }, "件")).toBe("无数量目标，记录办理件数");
  });
});
