import { describe, expect, it } from "vitest";

import { type Area, AREAS, canSee, ROLES } from "@/lib/areas";
import type { Role } from "@/lib/generated/prisma/enums";
import { homePath, navItems, shortcutItems } from "@/lib/navigation";

describe("landing page per role", () => {
  it.each([
    // The office and the departments open on what waits on them; the leader reads the figures.
    ["OFFICE", "/todo"],
    ["LEADER", "/dashboard"],
    ["DEPARTMENT", "/todo"],
    ["TOWNSHIP", "/units/7"],
    ["EXPERT", "/referrals"],
  ] as const)("%s lands on %s", (role, path) => {
    expect(homePath({ role, unitId: role === "TOWNSHIP" ? 7 : null })).toBe(path);
  });

  it("leads the office's and a department's home to 全区总览 and the lists they work from, as their menu labels them", () => {
    const areas = ["dashboard", "review", "tasks", "inspections"] as const;
    expect(shortcutItems({ role: "OFFICE", unitId: null }, areas)).toEqual([
      { href: "/dashboard", label: "全区总览" },
      { href: "/review", label: "待验收" },
      { href: "/tasks", label: "重点工作任务" },
      { href: "/inspections", label: "监督检查" },
    ]);
    expect(shortcutItems({ role: "DEPARTMENT", unitId: null }, areas).map((i) => i.label)).toEqual([
      "全区总览",
      "待验收",
      "本部门任务",
      "监督检查",
    ]);
    // Only what the role's menu offers: the leader has no 待验收.
    expect(shortcutItems({ role: "LEADER", unitId: null }, areas).map((i) => i.href)).toEqual([
      "/dashboard",
      "/tasks",
      "/inspections",
    ]);
  });

  it("offers a township officer only their own unit", () => {
    expect(navItems({ role: "TOWNSHIP", unitId: 7 }).map((i) => i.href)).toEqual([
      "/units/7",
      "/cases",
      "/cases/new",
      "/tasks",
      "/tips",
      "/return-visits",
      "/supervision",
      "/inspections",
      "/assessment",
    ]);
  });
});

// Who sees which area: a change to the table must change this test too.
const expected: Record<Area, Role[]> = {
  city: ["CITY_OFFICE", "CITY_LEADER"],
  cityTargets: ["CITY_OFFICE", "CITY_LEADER"],
  cityCirculars: ["CITY_OFFICE", "CITY_LEADER"],
  cityAssessment: ["CITY_OFFICE", "CITY_LEADER"],
  cityAdmin: ["CITY_OFFICE"],
  cityEnterprises: ["CITY_OFFICE"],
  todo: ["OFFICE", "DEPARTMENT", "TOWNSHIP"],
  dashboard: ["OFFICE", "LEADER", "DEPARTMENT"],
  units: ["OFFICE", "LEADER", "DEPARTMENT", "TOWNSHIP"],
  review: ["OFFICE", "DEPARTMENT"],
  cases: ["OFFICE", "LEADER", "DEPARTMENT", "TOWNSHIP"],
  registration: ["TOWNSHIP"],
  tasks: ["OFFICE", "LEADER", "DEPARTMENT", "TOWNSHIP"],
  tips: ["OFFICE", "LEADER", "DEPARTMENT", "TOWNSHIP"],
  returnVisits: ["OFFICE", "LEADER", "DEPARTMENT", "TOWNSHIP"],
  supervision: ["OFFICE", "LEADER", "TOWNSHIP"],
  assessment: ["OFFICE", "LEADER", "DEPARTMENT", "TOWNSHIP"],
  cityScore: ["OFFICE", "LEADER"],
  briefings: ["OFFICE", "LEADER"],
  punishment: ["OFFICE"],
  dataChecks: ["OFFICE"],
  settings: ["OFFICE"],
  campaigns: ["OFFICE"],
  adminUnits: ["OFFICE"],
  adminUsers: ["OFFICE"],
  adminAudit: ["OFFICE"],
  adminDeliveries: ["OFFICE"],
  inspections: ["OFFICE", "LEADER", "DEPARTMENT", "TOWNSHIP"],
  referrals: ["EXPERT", "OFFICE", "DEPARTMENT"],
  notifications: ["OFFICE", "LEADER", "DEPARTMENT", "TOWNSHIP", "EXPERT"],
  ledgerImport: ["OFFICE", "TOWNSHIP"],
  adminImport: ["OFFICE"],
  reports: ["OFFICE", "LEADER", "DEPARTMENT", "TOWNSHIP"],
};

describe("the areas table", () => {
  const cells = (Object.keys(expected) as Area[]).flatMap((area) =>
    ROLES.map((role) => [area, role, expected[area].includes(role)] as const),
  );

  it("lists exactly the areas checked here", () => {
    expect(Object.keys(AREAS).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(cells)("%s for %s: %s", (area, role, sees) => {
    expect(canSee(role, area)).toBe(sees);
  });

  it.each(ROLES)(
    "gives %s a menu of exactly the areas it may enter that have a label, led by its landing page",
    (role) => {
      const user = { role, unitId: role === "TOWNSHIP" ? 7 : null };
      const hrefOf = (area: Area) => AREAS[area].href.replace("{unit}", "7");
      const allowed = (Object.keys(AREAS) as Area[]).filter((a) => canSee(role, a));
      const labelled = allowed.filter(
        (a) => typeof (AREAS[a].roles as Partial<Record<Role, string | true>>)[role] === "string",
      );
      const menu = navItems(user).map((i) => i.href);
      expect([...menu].sort()).toEqual(labelled.map(hrefOf).sort());
      expect(menu[0]).toBe(homePath(user));
      expect(allowed.map(hrefOf)).toContain(homePath(user));
    },
  );

  it.each([
    [
      "OFFICE",
      [
        "待办",
        "全区总览",
        "待验收",
        "整治台账",
        "重点工作任务",
        "举报",
        "回访",
        "通报约谈",
        "监督检查",
        "专家咨询",
        "评价考核",
        "工作简报",
        "联合惩戒",
        "数据核对",
        "工作设置",
        "年度管理",
        "单位管理",
        "用户管理",
        "审计日志",
        "通知投递",
        "台账导入",
      ],
    ],
    ["LEADER", ["全区总览", "整治台账", "重点工作任务", "通报约谈", "监督检查", "评价考核", "工作简报"]],
    // 信息共享 (docs/domain.md §角色): departments read the district dashboard and the whole ledger; townships carry out every task line.
    // Departments read the 回访 of the cases in their remit (an empty list when none).
    [
      "DEPARTMENT",
      ["待办", "全区总览", "待验收", "整治台账", "本部门任务", "举报核查", "回访", "监督检查", "专家咨询", "评价考核"],
    ],
    ["EXPERT", ["专家咨询"]],
    [
      "TOWNSHIP",
      ["本单位", "整治台账", "登记整治对象", "重点工作任务", "举报核查", "回访", "通报约谈", "监督检查", "评价考核"],
    ],
  ] as const)("shows %s its menu", (role, labels) => {
    expect(navItems({ role, unitId: role === "TOWNSHIP" ? 7 : null }).map((i) => i.label)).toEqual(labels);
  });
});
