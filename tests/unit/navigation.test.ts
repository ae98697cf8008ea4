import { describe, expect, it } from "vitest";
import { homePath, navItems } from "@/lib/navigation";

describe("landing page per role", () => {
  it.each([
    ["OFFICE", "/dashboard"],
    ["LEADER", "/dashboard"],
    ["DEPARTMENT", "/tasks"],
    ["TOWNSHIP", "/units/7"],
  ] as const)("%s lands on %s", (role, path) => {
    expect(homePath({ role, unitId: role === "TOWNSHIP" ? 7 : null })).toBe(path);
  });

  it("offers a township officer only their own unit", () => {
    expect(navItems({ role: "TOWNSHIP", unitId: 7 }).map((i) => i.href)).toEqual(["/units/7", "/cases", "/cases/new", "/tips", "/reinspections", "/supervision"]);
  });
});
