"use server";
import { z } from "zod";

import { passwordProblem } from "@/lib/accounts/password-policy";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";
import { hashPassword, verifyPassword } from "@/server/password";

const password = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .min(1, `请填写${label}`)
    .max(200, `${label}过长`);

/**
 * Any signed-in user changes their own password (also the one open action while a reset password must
 * be changed). Every session of the account ends, this one included: the page signs in again with the
 * new password at once, so the user carries on while copies of old cookies stop working.
 */
export const changeOwnPassword = defineAction({
  name: "user.changeOwnPassword",
  input: z.object({ current: password("当前密码"), next: password("新密码"), repeat: password("确认新密码") }),
  roles: ["OFFICE", "LEADER", "DEPARTMENT", "TOWNSHIP", "EXPERT"],
  whileMustChangePassword: true,
  authorize: async ({ input, tx, user }) => {
    const me = await tx.user.findUnique({ where: { id: user.id } });
    if (!me) throw notFound();
    // Each refusal is shown at the field it concerns.
    const refuse = (field: "current" | "next" | "repeat", message: string) =>
      new ActionError("INVALID", message, { [field]: [message] });
    if (!(await verifyPassword(input.current, me.passwordHash))) throw refuse("current", "当前密码不正确");
    if (input.next !== input.repeat) throw refuse("repeat", "两次输入的新密码不一致");
    if (input.next === input.current) throw refuse("next", "新密码不能与当前密码相同");
    const problem = passwordProblem(input.next, me.username);
    if (problem) throw refuse("next", problem);
    return me;
  },
  run: async ({ input, tx, resource: me }) => {
    await tx.user.update({
      where: { id: me.id },
      data: {
        passwordHash: await hashPassword(input.next),
        mustChangePassword: false,
        sessionVersion: { increment: 1 },
      },
    });
    return {
      data: { username: me.username },
      audit: [
        {
          entity: "User",
          entityId: me.id,
          before: { mustChangePassword: me.mustChangePassword },
          after: { mustChangePassword: false, passwordChanged: true },
        },
      ],
    };
  },
  revalidate: () => [],
});
