// Who sees which area: the one table. The menu, the landing page and every page and route guard
// (`requireArea` and `areaRoute` in server/areas.ts) are read from it; data scopes in server/scope.ts
// then narrow the rows within an area. A new area is a new row.
import type { Role } from "@/lib/generated/prisma/enums";

/** The roles of a district's accounts (用户管理 of a district office creates these only). */
export const ROLES = ["OFFICE", "LEADER", "DEPARTMENT", "TOWNSHIP", "EXPERT"] as const satisfies readonly Role[];
/** The city's roles (docs/domain.md §市级): 市工强办 and 市领导 — no district, and no district area but by the city pages. */
export const CITY_ROLES = ["CITY_OFFICE", "CITY_LEADER"] as const satisfies readonly Role[];

/** Whether a role is the city's (its account has no district). */
export function isCityRole(role: Role): role is (typeof CITY_ROLES)[number] {
  return (CITY_ROLES as readonly Role[]).includes(role);
}

/** A role's access to an area: its menu label, or `true` when reached by links only (no menu entry). */
type Access = string | true;

type AreaRow = {
  /** The area's address; `{unit}` is the township officer's own unit. */
  href: string;
  roles: Partial<Record<Role, Access>>;
};

/** In menu order (a role's landing area, see `HOME`, comes first in its menu). */
export const AREAS = {
  /** 全市总览 (docs/domain.md §市级): districts as rows, rolled up from their own units; a district's dashboard read-only from there. */
  city: { href: "/city", roles: { CITY_OFFICE: "全市总览", CITY_LEADER: "全市总览" } },
  /** 区县目标 (docs/domain.md §市级): the districts' yearly targets and whether each district has split them; the city office sets them. */
  cityTargets: { href: "/city/targets", roles: { CITY_OFFICE: "区县目标", CITY_LEADER: "区县目标" } },
  /** 市级通报 (docs/domain.md §市级): the city office issues 通报 to lagging districts, the city leader reads them; a named district's office sees its copy on 通报与约谈. */
  cityCirculars: { href: "/city/circulars", roles: { CITY_OFFICE: "市级通报", CITY_LEADER: "市级通报" } },
  /** 市级评价考核 (docs/domain.md §市级): the city office scores the districts of a year and publishes; the city leader reads. */
  cityAssessment: { href: "/city/assessment", roles: { CITY_OFFICE: "评价考核", CITY_LEADER: "评价考核" } },
  /** 区县管理: the districts and their offices' accounts (the city office creates a district office's account). */
  cityAdmin: { href: "/admin/districts", roles: { CITY_OFFICE: "区县管理" } },
  /** 企业跨区县迁移 (docs/domain.md §市级): the city office's decision, lib/city/enterprise-move.ts. */
  cityEnterprises: { href: "/city/enterprises", roles: { CITY_OFFICE: "企业迁移" } },
  /**
   * 待办: the home of the office and the departments — what waits on them, most urgent first (server/home). A township's
   * home is its own unit's page, with the most urgent few (HOME_TODO_LIMIT); its whole list is here.
   */
  todo: { href: "/todo", roles: { OFFICE: "待办", DEPARTMENT: "待办", TOWNSHIP: true } },
  dashboard: { href: "/dashboard", roles: { OFFICE: "全区总览", LEADER: "全区总览", DEPARTMENT: "全区总览" } },
  units: { href: "/units/{unit}", roles: { OFFICE: true, LEADER: true, DEPARTMENT: true, TOWNSHIP: "本单位" } },
  review: { href: "/review", roles: { OFFICE: "待验收", DEPARTMENT: "待验收" } },
  cases: {
    href: "/cases",
    roles: { OFFICE: "整治台账", LEADER: "整治台账", DEPARTMENT: "整治台账", TOWNSHIP: "整治台账" },
  },
  registration: { href: "/cases/new", roles: { TOWNSHIP: "登记整治对象" } },
  tasks: {
    href: "/tasks",
    roles: { OFFICE: "重点工作任务", LEADER: "重点工作任务", DEPARTMENT: "本部门任务", TOWNSHIP: "重点工作任务" },
  },
  tips: { href: "/tips", roles: { OFFICE: "举报", LEADER: true, DEPARTMENT: "举报核查", TOWNSHIP: "举报核查" } },
  /** 回访 of accepted eliminations and closed workshops: the office and the departments in whose remit a case lies record them (server/scope.ts returnVisitScope); the township reads its own and may accompany. */
  returnVisits: {
    href: "/return-visits",
    roles: { OFFICE: "回访", LEADER: true, DEPARTMENT: "回访", TOWNSHIP: "回访" },
  },
  supervision: { href: "/supervision", roles: { OFFICE: "通报约谈", LEADER: "通报约谈", TOWNSHIP: "通报约谈" } },
  /** 监督检查 (docs/domain.md §督办): rounds the office plans with the departments; a department sees the rounds it takes part in, a township its own unit's findings. */
  inspections: {
    href: "/inspections",
    roles: { OFFICE: "监督检查", LEADER: "监督检查", DEPARTMENT: "监督检查", TOWNSHIP: "监督检查" },
  },
  /** 专家意见 (docs/domain.md §督办): the expert's referred questions; the office and lead departments follow their referrals. */
  referrals: { href: "/referrals", roles: { EXPERT: "专家咨询", OFFICE: "专家咨询", DEPARTMENT: "专家咨询" } },
  /** 评价考核 (docs/domain.md §督办): scores of units and departments; a township sees only its own unit's, a department its own (server/assessment). */
  assessment: {
    href: "/assessment",
    roles: { OFFICE: "评价考核", LEADER: "评价考核", DEPARTMENT: "评价考核", TOWNSHIP: "评价考核" },
  },
  /** The district's own published score in the city's 评价考核 (its own row only; reached from 评价考核). */
  cityScore: { href: "/assessment/city", roles: { OFFICE: true, LEADER: true } },
  /** 工作简报 (公文): the monthly 工作进展简报 .docx for the leaders (/api/documents/briefing). */
  briefings: { href: "/briefings", roles: { OFFICE: "工作简报", LEADER: "工作简报" } },
  punishment: { href: "/punishment", roles: { OFFICE: "联合惩戒" } },
  /** 数据核对: disagreements between figures that should agree (lib/tasks/data-checks.ts). */
  dataChecks: { href: "/data-checks", roles: { OFFICE: "数据核对" } },
  settings: { href: "/settings", roles: { OFFICE: "工作设置" } },
  /** 年度管理: campaign years, quotas, current year, closing a year (server/campaigns). */
  campaigns: { href: "/admin/campaigns", roles: { OFFICE: "年度管理" } },
  /** 单位管理: the district's own units (镇、乡、街道、园区) — add one, rename it or move it in the annex order (server/units). */
  adminUnits: { href: "/admin/units", roles: { OFFICE: "单位管理" } },
  /** Accounts of every role (用户管理). */
  adminUsers: { href: "/admin/users", roles: { OFFICE: "用户管理" } },
  /** The audit log and its Excel export (/api/exports/audit). */
  adminAudit: { href: "/admin/audit", roles: { OFFICE: "审计日志" } },
  /** Notices sent by e-mail and group robot: failures and retries, 重新发送 (server/notifications/deliver.ts). */
  adminDeliveries: { href: "/admin/deliveries", roles: { OFFICE: "通知投递" } },
  notifications: {
    href: "/notifications",
    roles: { OFFICE: true, LEADER: true, DEPARTMENT: true, TOWNSHIP: true, EXPERT: true },
  },
  /** 台账导入 (ledger import from Excel): the office for any unit (/admin/import, in its menu), a township its own unit (/import, from 案件台账). */
  ledgerImport: { href: "/import", roles: { OFFICE: true, TOWNSHIP: true } },
  adminImport: { href: "/admin/import", roles: { OFFICE: "台账导入" } },
  /** The Excel exports of case figures (分解表完成情况, 台账): departments read-only like the leader, a township its own unit's. */
  reports: { href: "/api/exports", roles: { OFFICE: true, LEADER: true, DEPARTMENT: true, TOWNSHIP: true } },
} as const satisfies Record<string, AreaRow>;

export type Area = keyof typeof AREAS;

/**
 * The areas that work before a district has any campaign year (a new district, docs/domain.md §市级): its office opens
 * the first year in 年度管理 and manages its units and accounts meanwhile. Every other district area needs a year: until there is
 * one its pages show that the district has not yet started (NO_CAMPAIGN_PATH), its routes answer not found.
 */
export const AREAS_WITHOUT_CAMPAIGN: readonly Area[] = [
  "campaigns",
  "adminUnits",
  "adminUsers",
  "adminAudit",
  "adminDeliveries",
  "notifications",
];

/** The page a district's users see while their district has no campaign year. */
export const NO_CAMPAIGN_PATH = "/no-campaign";

/**
 * Where each role lands after login: the work that waits on it — a township's own unit's page (its to-do
 * list above its figures), the office's and a department's 待办 (全区总览 one tap away); the leader reads
 * 全区总览, the experts their questions.
 */
export const HOME = {
  OFFICE: "todo",
  LEADER: "dashboard",
  DEPARTMENT: "todo",
  TOWNSHIP: "units",
  EXPERT: "referrals",
  CITY_OFFICE: "city",
  CITY_LEADER: "city",
} as const satisfies Record<Role, Area>;

export function canSee(role: Role, area: Area): boolean {
  return role in AREAS[area].roles;
}
