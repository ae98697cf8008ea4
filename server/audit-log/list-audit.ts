import "server-only";

import { z } from "zod";

import { addDays, beijingStartOf } from "@/lib/dates";
import { cuid, optionalCalendarDate, optionalIntId, pageParam } from "@/lib/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paginate } from "@/lib/paginate";
import { prisma } from "@/server/db";
import {
  auditScope,
  caseScope,
  enterpriseDistrictScope,
  returnVisitScope,
  tipScope,
  userAdminScope,
} from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** The export's ceiling: a larger selection is cut (the file says so) — narrow the filters instead. */
export const AUDIT_EXPORT_LIMIT = 20_000;

const filtersSchema = z.object({
  user: cuid.optional().catch(undefined),
  unit: optionalIntId.catch(null),
  entity: z
    .string()
    .regex(/^[A-Za-z]{1,40}$/)
    .optional()
    .catch(undefined),
  entityId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/)
    .optional()
    .catch(undefined),
  from: optionalCalendarDate("开始日期").catch(null),
  to: optionalCalendarDate("结束日期").catch(null),
});

export type AuditFilters = z.output<typeof filtersSchema> & { page: number };

/** The filters from a query string (page or export route); anything malformed is as if absent. */
export function parseAuditFilters(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): AuditFilters {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? (params.get(k) ?? undefined) : params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const parsed = filtersSchema.parse({
    user: get("user"),
    unit: get("unit"),
    entity: get("entity"),
    entityId: get("entityId"),
    from: get("from"),
    to: get("to"),
  });
  return { ...parsed, page: pageParam(get("page")) };
}

/**
 * The rows the filters select. "Unit" means both who and what: changes made by the unit's own accounts,
 * and changes to the unit's own records (the unit itself, its enterprises, cases, tips and 回访),
 * whoever made them. Dates are Beijing calendar days, both ends included.
 */
async function auditWhere(user: SessionUser, f: AuditFilters): Promise<Prisma.AuditLogWhereInput> {
  // Only the user's own district's entries (docs/domain.md §市级).
  const and: Prisma.AuditLogWhereInput[] = [auditScope(user)];
  if (f.user) and.push({ actorId: f.user });
  if (f.entity) and.push({ entity: f.entity });
  if (f.entityId) and.push({ entityId: f.entityId });
  if (f.from) and.push({ createdAt: { gte: beijingStartOf(f.from) } });
  if (f.to) and.push({ createdAt: { lt: beijingStartOf(addDays(f.to, 1)) } });
  if (f.unit) {
    const unitId = f.unit;
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    const [cases, enterprises, tips, returnVisits] = await Promise.all([
      prisma.case.findMany({ where: { unitId, ...caseScope(user) }, select: { id: true } }),
      prisma.enterprise.findMany({ where: { unitId, ...enterpriseDistrictScope(user) }, select: { id: true } }),
      prisma.tip.findMany({ where: { unitId, ...tipScope(user) }, select: { id: true } }),
      prisma.returnVisit.findMany({ where: { unitId, ...returnVisitScope(user) }, select: { id: true } }),
    ]);
    and.push({
      OR: [
        { actor: { unitId } },
        { entity: "Unit", entityId: String(unitId) },
        { entity: "Case", entityId: { in: ids(cases) } },
        { entity: "Enterprise", entityId: { in: ids(enterprises) } },
        { entity: "Tip", entityId: { in: ids(tips) } },
        // "ReInspection": rows written before the rename to 回访.
        { entity: { in: ["ReturnVisit", "ReInspection"] }, entityId: { in: ids(returnVisits) } },
      ],
    });
  }
  return { AND: and };
}

const auditSelect = {
  id: true,
  action: true,
  entity: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
  actor: {
    select: {
      username: true,
      displayName: true,
      unit: { select: { name: true } },
      department: { select: { name: true } },
    },
  },
} as const;

/** One page of the audit log, newest first. */
export async function listAudit(user: SessionUser, filters: AuditFilters) {
  const where = await auditWhere(user, filters);
  const total = await prisma.auditLog.count({ where });
  const { page, pages, skip, take } = paginate(total, filters.page);
  const rows = await prisma.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: auditSelect,
  });
  return { total, page, pages, rows };
}
export type AuditRow = Awaited<ReturnType<typeof listAudit>>["rows"][number];

/** Every selected row for the export (newest first, at most AUDIT_EXPORT_LIMIT) and the full count. */
export async function exportAudit(user: SessionUser, filters: AuditFilters) {
  const where = await auditWhere(user, filters);
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: AUDIT_EXPORT_LIMIT,
      select: auditSelect,
    }),
  ]);
  return { total, rows };
}

/** The filter choices: every account (by login name) and every kind of record the log holds. */
export async function auditChoices(user: SessionUser) {
  const [users, entities] = await Promise.all([
    prisma.user.findMany({
      where: userAdminScope(user),
      orderBy: { username: "asc" },
      select: { id: true, username: true, displayName: true },
    }),
    prisma.auditLog.groupBy({ by: ["entity"], where: auditScope(user), orderBy: { entity: "asc" } }),
  ]);
  return { users, entities: entities.map((e) => e.entity) };
}
