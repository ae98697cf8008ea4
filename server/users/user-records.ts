import "server-only";

import { z } from "zod";

import {
  type AccountThrottle,
  accountThrottleKeys,
  accountThrottles,
  needsOrganisation,
  ROLE_SCOPE,
  USERNAME_MESSAGE,
  USERNAME_PATTERN,
} from "@/lib/accounts/rules";
import { ROLES } from "@/lib/areas";
import { cuid, optionalIntId, optionalText, text } from "@/lib/fields";
import type { Role } from "@/lib/generated/prisma/enums";
import type { prisma, Tx } from "@/server/db";
import { ActionError } from "@/server/errors";
import { loginThrottlePolicies } from "@/server/policies";
import { districtOf } from "@/server/scope";
import type { SessionUser } from "@/server/session";

// What the user actions share: the account's fields as entered, the scope a role requires, the record
// as written to the audit log (never the password hash), the last-office rule and the lock counters.

const PHONE = /^[0-9+\-() ]{5,20}$/;

/** The account's fields the office enters (create and edit). */
export const accountFields = {
  displayName: text("姓名", 30),
  role: z.enum(ROLES, "请选择角色"),
  unitId: optionalIntId,
  departmentId: optionalIntId,
  phone: optionalText("电话", 20).refine((p) => p === null || PHONE.test(p), "电话只能包含数字、空格和 + - ( )"),
  /** 行业专家's association or organisation, e.g. 宁波市铸造行业协会; required for EXPERT, ignored for other roles. */
  organisation: optionalText("所属协会/单位", 50),
};

/** (行业专家) The organisation an account of `role` keeps: an expert must name one; other roles none. */
export function organisationFor(role: Role, organisation: string | null): string | null {
  if (!needsOrganisation(role)) return null;
  if (!organisation) throw new ActionError("INVALID", "行业专家账号须填写所属协会/单位");
  return organisation;
}

export const username = z
  .string({ error: "请填写账号" })
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN, USERNAME_MESSAGE);
export const userId = cuid;

/** The unit / department an account of `role` belongs to, checked to exist; the office's is 区工强办. */
export async function resolveScope(
  tx: Tx,
  user: Pick<SessionUser, "districtId">,
  role: Role,
  unitId: number | null,
  departmentId: number | null,
) {
  switch (ROLE_SCOPE[role]) {
    case "unit": {
      const unit =
        unitId === null ? null : await tx.unit.findFirst({ where: { id: unitId, districtId: districtOf(user) } });
      if (!unit) throw new ActionError("INVALID", "镇街/园区经办人须选择所属单位");
      return { unitId: unit.id, departmentId: null };
    }
    case "department": {
      const dept =
        departmentId === null
          ? null
          : await tx.department.findFirst({ where: { id: departmentId, districtId: districtOf(user) } });
      if (!dept || dept.isOffice) throw new ActionError("INVALID", "牵头部门账号须选择所属部门");
      return { unitId: null, departmentId: dept.id };
    }
    case "office": {
      const office = await tx.department.findFirst({ where: { isOffice: true, districtId: districtOf(user) } });
      if (!office) throw new ActionError("INVALID", "尚未写入基础数据（区工强办）");
      return { unitId: null, departmentId: office.id };
    }
    case "none":
      return { unitId: null, departmentId: null };
  }
}

/**
 * Refuses a change that would leave no active office account (disabling or demoting the last one).
 * Locks the active office rows first, so two offices disabling each other at once cannot both pass.
 */
export async function keepAnActiveOffice(tx: Tx, districtId: number, leavingId: string): Promise<void> {
  // The district's own office accounts (docs/domain.md §市级): another district's office does not count.
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "User" WHERE role = 'OFFICE' AND active AND "districtId" = ${districtId} ORDER BY id FOR UPDATE`;
  if (!rows.some((r) => r.id !== leavingId))
    throw new ActionError("INVALID", "这是最后一个启用的区工强办账号，不能停用或改为其他角色");
}

type Db = typeof prisma | Tx;

/**
 * Failed sign-ins per login name (locked now, failures of the last hour and their addresses), from
 * the counters of account names only: a counter of a name typed at sign-in that is no account's
 * ("office@fake") is never read as one.
 */
export async function accountThrottleByName(db: Db, now: Date): Promise<Map<string, AccountThrottle>> {
  const since = new Date(now.getTime() - loginThrottlePolicies().account.windowMs);
  const rows = await db.loginThrottle.findMany({
    where: {
      username: { startsWith: "account" },
      OR: [{ lockedUntil: { gt: now } }, { firstFailAt: { gte: since }, failures: { gt: 0 } }],
    },
  });
  return accountThrottles(rows, now, loginThrottlePolicies());
}

/** Clears every failed-login counter of the account (unlock); returns how many there were. */
export async function clearLocks(tx: Tx, name: string): Promise<number> {
  const { exact, prefix } = accountThrottleKeys(name);
  const { count } = await tx.loginThrottle.deleteMany({
    where: { OR: [{ username: exact }, { username: { startsWith: prefix } }] },
  });
  return count;
}
