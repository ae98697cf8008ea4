"use server";
import { z } from "zod";

import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { districtOf } from "@/server/scope";
import { loadUserForChange } from "@/server/users/load-for-change";
import { accountFields, keepAnActiveOffice, organisationFor, resolveScope, userId } from "@/server/users/user-records";

/** The office edits an account's name, role, unit or department and phone; never its own role, never demoting the last office. */
export const updateUser = defineAction({
  name: "user.update",
  input: z.object({ userId, ...accountFields }),
  roles: ["OFFICE"],
  authorize: async ({ input, tx, user }) => {
    const before = await loadUserForChange(tx, user, input.userId);
    if (before.role !== input.role) {
      if (before.id === user.id) throw new ActionError("INVALID", "不能修改自己账号的角色");
      if (before.role === "OFFICE" && before.active) await keepAnActiveOffice(tx, districtOf(user), before.id);
    }
    return {
      before,
      scope: await resolveScope(tx, user, input.role, input.unitId, input.departmentId),
      organisation: organisationFor(input.role, input.organisation),
    };
  },
  run: async ({ user, input, tx, resource: { before, scope, organisation } }) => {
    const roleOrScopeChanged =
      before.role !== input.role || before.unitId !== scope.unitId || before.departmentId !== scope.departmentId;
    await tx.user.update({
      where: { id: before.id },
      data: {
        displayName: input.displayName,
        role: input.role,
        phone: input.phone,
        ...scope,
        organisation,
        // A new role or unit ends the open sessions: the next sign-in sees the new scope from the start.
        ...(roleOrScopeChanged ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    return {
      data: null,
      audit: [{ entity: "User", entityId: before.id, before, after: await loadUserForChange(tx, user, before.id) }],
    };
  },
  revalidate: () => ["/admin/users"],
});
