import { describe, expect, it } from "vitest";
import { AREAS, canSee, ROLES, type Area } from "@/lib/areas";
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

// Who sees which area, role by role: a change to the table must change this test too.
const expected: Record<Area, Record<(typeof ROLES)[number], boolean>> = {
  dashboard: { OFFICE: true, LEADER: true, DEPARTMENT: false, TOWNSHIP: false },
  units: { OFFICE: true, LEADER: true, DEPARTMENT: true, TOWNSHIP: true },
  review: { OFFICE: true, LEADER: false, DEPARTMENT: true, TOWNSHIP: false },
  cases: { OFFICE: true, LEADER: true, DEPARTMENT: true, TOWNSHIP: true },
  registration: { OFFICE: false, LEADER: false, DEPARTMENT: false, TOWNSHIP: true },
  tasks: { OFFICE: true, LEADER: true, DEPARTMENT: true, TOWNSHIP: false },
  tips: { OFFICE: true, LEADER: true, DEPARTMENT: true, TOWNSHIP: true },
  reinspections: { OFFICE: true, LEADER: true, DEPARTMENT: false, TOWNSHIP: true },
  supervision: { OFFICE: true, LEADER: true, DEPARTMENT: false, TOWNSHIP: true },
  punishment: { OFFICE: true, LEADER: false, DEPARTMENT: false, TOWNSHIP: false },
  settings: { OFFICE: true, LEADER: false, DEPARTMENT: false, TOWNSHIP: false },
  notifications: { OFFICE: true, LEADER: true, DEPARTMENT: true, TOWNSHIP: true },
  reports: { OFFICE: true, LEADER: true, DEPARTMENT: false, TOWNSHIP: true },
};

describe("the areas table", () => {
  const cells = (Object.keys(expected) as Area[]).flatMap((area) => ROLES.map((role) => [area, role, expected[area][role]] as const));

  it("lists exactly the areas checked here", () => {
    expect(Object.keys(AREAS).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(cells)("%s for %s: %s", (area, role, sees) => {
    expect(canSee(role, area)).toBe(sees);
  });

  it.each(ROLES)("gives %s a menu of areas it may enter, and a landing page it may enter", (role) => {
    const user = { role, unitId: role === "TOWNSHIP" ? 7 : null };
    const hrefOf = (area: Area) => AREAS[area].href.replace("{unit}", "7");
    const allowed = new Set((Object.keys(AREAS) as Area[]).filter((a) => canSee(role, a)).map(hrefOf));
    const menu = navItems(user).map((i) => i.href);
    expect(menu.every((href) => allowed.has(href))).toBe(true);
    expect(new Set(menu).size).toBe(menu.length);
    expect(menu[0]).toBe(homePath(user));
    expect(allowed.has(homePath(user))).toBe(true);
  });

  it.each([
    ["OFFICE", ["全区总览", "待验收", "案件台账", "重点工作任务", "举报", "回头看", "通报约谈", "联合惩戒", "工作设置"]],
    ["LEADER", ["全区总览", "案件台账", "重点工作任务", "通报约谈"]],
    ["DEPARTMENT", ["本部门任务", "待验收", "相关案件", "举报核查"]],
    ["TOWNSHIP", ["本单位", "案件台账", "登记案件", "举报核查", "回头看", "通报约谈"]],
  ] as const)("shows %s the same menu as before the table", (role, labels) => {
    expect(navItems({ role, unitId: role === "TOWNSHIP" ? 7 : null }).map((i) => i.label)).toEqual(labels);
  });
});
