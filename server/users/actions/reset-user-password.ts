"use server";
import { z } from "zod";

import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { loadUserForChange } from "@/server/users/load-for-change";
import { newOneTimePassword } from "@/server/users/one-time-password";
import { clearLocks, userId } from "@/server/users/user-records";

/**
 * Gives an account a new one-time password (returned once, for the office to pass on): the user must
 * change it at the next sign-in; open sessions end and failed-login locks are cleared. The office
 * changes its own password on /account/password instead.
 */
export const resetUserPassword = defineAction({
  name: "user.resetPassword",
  input: z.object({ userId }),
  roles: ["OFFICE"],
  authorize: async ({ input, tx, user }) => {
    const before = await loadUserForChange(tx, user, input.userId);
    if (before.id === user.id) throw new ActionError("INVALID", "请在“修改密码”页修改自己的密码");
    if (!before.active) throw new ActionError("INVALID", "该账号已停用，请先启用再重置密码");
    return before;
  },
  run: async ({ user, tx, resource: before }) => {
    const { oneTimePassword, passwordHash } = await newOneTimePassword(before.username);
    await tx.user.update({
      where: { id: before.id },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    await clearLocks(tx, before.username);
    const after = { ...(await loadUserForChange(tx, user, before.id)), passwordReset: true };
    return {
      data: { username: before.username, oneTimePassword },
      audit: [{ entity: "User", entityId: before.id, before, after }],
    };
  },
  revalidate: () => ["/admin/users"],
});
