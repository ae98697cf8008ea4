import "server-only";

import { z } from "zod";

import { ACCOUNT_STATUSES, accountStatus, underAttackLabel } from "@/lib/accounts/rules";
import { ROLES } from "@/lib/areas";
import { optionalIntId, pageParam, searchText } from "@/lib/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paginate } from "@/lib/paginate";
import { prisma } from "@/server/db";
import { loginThrottlePolicies } from "@/server/policies";
import { departmentScope, districtOf, userAdminScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { listUnitNames } from "@/server/units/list-unit-names";
import { accountThrottleByName } from "@/server/users/user-records";

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional().catch(undefined);
const filtersSchema = z.object({
  role: optionalEnum(ROLES),
  unit: optionalIntId.catch(null),
  department: optionalIntId.catch(null),
  status: optionalEnum(ACCOUNT_STATUSES),
  q: searchText(30).optional().catch(undefined),
});

export type UserFilters = z.output<typeof filtersSchema> & { page: number };

/** The list's filters from the query string; anything malformed is as if absent. */
export function parseUserFilters(params: Record<string, string | string[] | undefined>): UserFilters {
  const one = (k: string) => (Array.isArray(params[k]) ? params[k][0] : params[k]);
  const parsed = filtersSchema.parse({
    role: one("role"),
    unit: one("unit"),
    department: one("department"),
    status: one("status"),
    q: one("q"),
  });
  return { ...parsed, page: pageParam(params.page) };
}

/** Every account (the office's list), filtered, with its status (正常/已停用/已锁定) and last sign-in, one page. */
export async function listUsers(user: Pick<SessionUser, "districtId">, filters: UserFilters, now = new Date()) {
  const throttles = await accountThrottleByName(prisma, now);
  const locked = new Set([...throttles].filter(([, t]) => t.locked).map(([name]) => name));
  const where: Prisma.UserWhereInput = {
    ...userAdminScope(user),
    role: filters.role,
    unitId: filters.unit ?? undefined,
    departmentId: filters.department ?? undefined,
    ...(filters.q
      ? {
          OR: [
            { username: { contains: filters.q, mode: "insensitive" } },
            { displayName: { contains: filters.q } },
            { phone: { contains: filters.q } },
          ],
        }
      : {}),
    ...(filters.status === "DISABLED" ? { active: false } : {}),
    ...(filters.status === "LOCKED" ? { active: true, username: { in: [...locked] } } : {}),
    ...(filters.status === "ACTIVE" ? { active: true, username: { notIn: [...locked] } } : {}),
  };
  const total = await prisma.user.count({ where });
  const { page, pages, skip, take } = paginate(total, filters.page);
  const rows = await prisma.user.findMany({
    where,
    orderBy: [
      { role: "asc" },
      { unit: { displayOrder: "asc" } },
      { department: { displayOrder: "asc" } },
      { username: "asc" },
    ],
    skip,
    take,
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      phone: true,
      organisation: true,
      active: true,
      lastLoginAt: true,
      mustChangePassword: true,
      unitId: true,
      departmentId: true,
      unit: { select: { name: true } },
      department: { select: { name: true } },
    },
  });
  return {
    total,
    page,
    pages,
    rows: rows.map((r) => ({
      ...r,
      status: accountStatus(r.active, locked.has(r.username)),
      /** 近期多次登录失败（N 次，来自 M 个地址）, or null. */
      attack: underAttackLabel(throttles.get(r.username), loginThrottlePolicies()),
    })),
  };
}
export type UserRow = Awaited<ReturnType<typeof listUsers>>["rows"][number];

/** The choices of the unit and department selects (the office's own 区工强办 is set by the role). */
export async function scopeChoices(user: Pick<SessionUser, "districtId">) {
  const [units, departments] = await Promise.all([
    listUnitNames(districtOf(user)),
    prisma.department.findMany({
      where: departmentScope(user),
      orderBy: { displayOrder: "asc" },
      select: { id: true, name: true, isOffice: true },
    }),
  ]);
  return { units, departments };
}
