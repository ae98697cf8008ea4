import "server-only";

import type { Campaign } from "@/lib/generated/prisma/client";
import { orderTodos, type TodoItem } from "@/lib/home/todo";
import { readsOwnUnitOnly, runsCampaign, worksInRemit } from "@/lib/rights";
import { loadDepartmentTodos, loadOfficeTodos } from "@/server/home/oversight";
import { loadTownshipTodos } from "@/server/home/township";
import type { SessionUser } from "@/server/session";

/**
 * The user's to-do list for the year's campaign, most urgent first: a township officer's own unit's, a
 * department's within its remit, the office's what waits on it; null for a role without one (the leader
 * and the experts, who have their own landing pages).
 */
export async function getTodos(user: SessionUser, campaign: Campaign, now: Date): Promise<TodoItem[] | null> {
  const load = readsOwnUnitOnly(user)
    ? loadTownshipTodos
    : worksInRemit(user)
      ? loadDepartmentTodos
      : runsCampaign(user)
        ? loadOfficeTodos
        : null;
  return load ? orderTodos(await load(user, campaign, now), now) : null;
}
