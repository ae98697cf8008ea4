"use server";
import { z } from "zod";

import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { districtOf } from "@/server/scope";
import { loadUserForChange } from "@/server/users/load-for-change";
import { newOneTimePassword } from "@/server/users/one-time-password";
import { accountFields, organisationFor, resolveScope, username } from "@/server/users/user-records";

/**
 * The office creates an account. Its first password is a one-time password generated here (it meets
 * the password policy), shown once to the office; the user must change it at the first sign-in.
 */
export const createUser = defineAction({
  name: "user.create",
  input: z.object({ username, ...accountFields }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    if (await tx.user.findUnique({ where: { username: input.username } }))
      throw new ActionError("CONFLICT", `账号 ${input.username} 已存在`);
    return {
      ...(await resolveScope(tx, user, input.role, input.unitId, input.departmentId)),
      organisation: organisationFor(input.role, input.organisation),
    };
  },
  run: async ({ user, input, tx, resource: scope }) => {
    const { oneTimePassword, passwordHash } = await newOneTimePassword(input.username);
    const created = await tx.user.create({
      data: {
        districtId: districtOf(user),
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        phone: input.phone,
        ...scope,
        passwordHash,
        mustChangePassword: true,
      },
    });
    return {
      data: { id: created.id, username: created.username, oneTimePassword },
      audit: [
        { entity: "User", entityId: created.id, before: null, after: await loadUserForChange(tx, user, created.id) },
      ],
    };
  },
  revalidate: () => ["/admin/users"],
});
