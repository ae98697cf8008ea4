"use server";
import { z } from "zod";

import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { districtOf } from "@/server/scope";
import { loadUserForChange } from "@/server/users/load-for-change";
import { keepAnActiveOffice, userId } from "@/server/users/user-records";

/**
 * Disables or enables an account. A disabled account cannot sign in and its open sessions end at once
 * (the session version moves on). Never one's own account, never the last active office account.
 */
export const setUserActive = defineAction({
  name: "user.setActive",
  input: z.object({ userId, active: z.boolean() }),
  roles: ["OFFICE"],
  authorize: async ({ input, tx, user }) => {
    const before = await loadUserForChange(tx, user, input.userId);
    if (!input.active) {
      if (before.id === user.id) throw new ActionError("INVALID", "不能停用自己的账号");
      if (before.role === "OFFICE") await keepAnActiveOffice(tx, districtOf(user), before.id);
    }
    return before;
  },
  run: async ({ user, input, tx, resource: before }) => {
    await tx.user.update({
      where: { id: before.id },
      data: { active: input.active, ...(input.active ? {} : { sessionVersion: { increment: 1 } }) },
    });
    return {
      data: null,
      audit: [{ entity: "User", entityId: before.id, before, after: await loadUserForChange(tx, user, before.id) }],
    };
  },
  revalidate: () => ["/admin/users"],
});
