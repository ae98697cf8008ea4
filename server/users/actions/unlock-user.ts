"use server";
import { z } from "zod";

import { defineAction } from "@/server/action";
import { loadUserForChange } from "@/server/users/load-for-change";
import { clearLocks, userId } from "@/server/users/user-records";

/** Unlocks an account locked by failed sign-ins: its own and per-address counters are cleared. */
export const unlockUser = defineAction({
  name: "user.unlock",
  input: z.object({ userId }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => loadUserForChange(tx, user, input.userId),
  run: async ({ tx, resource: before }) => {
    const cleared = await clearLocks(tx, before.username);
    return {
      data: { cleared },
      audit: [
        {
          entity: "User",
          entityId: before.id,
          before: { username: before.username, lockedCounters: cleared },
          after: { username: before.username, lockedCounters: 0 },
        },
      ],
    };
  },
  revalidate: () => ["/admin/users"],
});
