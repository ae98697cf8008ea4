"use server";
import { z } from "zod";

import { defineAction } from "@/server/action";
import { loadUserForChange } from "@/server/users/load-for-change";
import { userId } from "@/server/users/user-records";

/** Ends every open session of an account (the user signs in again); the account stays as it is. */
export const signOutUser = defineAction({
  name: "user.signOutEverywhere",
  input: z.object({ userId }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => loadUserForChange(tx, user, input.userId),
  run: async ({ user, tx, resource: before }) => {
    await tx.user.update({ where: { id: before.id }, data: { sessionVersion: { increment: 1 } } });
    return {
      data: null,
      audit: [
        {
          entity: "User",
          entityId: before.id,
          before,
          after: { ...(await loadUserForChange(tx, user, before.id)), sessionsEnded: true },
        },
      ],
    };
  },
  revalidate: () => ["/admin/users"],
});
