// Where each role lands after login and what its menu offers.
import type { Role } from "@/lib/generated/prisma/enums";

type NavUser = { role: Role; unitId: number | null };

export function homePath(user: NavUser): string {
  switch (user.role) {
    case "OFFICE":
    case "LEADER":
      return "/dashboard";
    case "DEPARTMENT":
      return "/tasks";
    case "TOWNSHIP":
      return `/units/${user.unitId}`;
  }
}

export function navItems(user: NavUser): { href: string; label: string }[] {
  switch (user.role) {
    case "OFFICE":
      return [
        { href: "/dashboard", label: "全区总览" }, { href: "/review", label: "待验收" },
        { href: "/cases", label: "案件台账" }, { href: "/tasks", label: "重点工作任务" },
        { href: "/tips", label: "举报" }, { href: "/reinspections", label: "回头看" }, { href: "/supervision", label: "通报约谈" },
        { href: "/punishment", label: "联合惩戒" }, { href: "/settings", label: "工作设置" },
      ];
    case "LEADER":
      return [
        { href: "/dashboard", label: "全区总览" }, { href: "/cases", label: "案件台账" }, { href: "/tasks", label: "重点工作任务" },
        { href: "/supervision", label: "通报约谈" },
      ];
    case "DEPARTMENT":
      return [{ href: "/tasks", label: "本部门任务" }, { href: "/review", label: "待验收" }, { href: "/cases", label: "相关案件" }, { href: "/tips", label: "举报核查" }];
    case "TOWNSHIP":
      return [{ href: `/units/${user.unitId}`, label: "本单位" }, { href: "/cases", label: "案件台账" }, { href: "/cases/new", label: "登记案件" },
        { href: "/tips", label: "举报核查" }, { href: "/reinspections", label: "回头看" },
        { href: "/supervision", label: "通报约谈" },
      ];
  }
}
