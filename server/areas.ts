import "server-only";

import { notFound, redirect } from "next/navigation";

import { type Area, canSee, NO_CAMPAIGN_PATH } from "@/lib/areas";
import { lacksCampaign } from "@/server/campaigns/lacks-campaign";
import { guard } from "@/server/http/guard";
import { httpError, NOT_FOUND_MESSAGE } from "@/server/http/response";
import { requireUser, type SessionUser } from "@/server/session";

// The guards of the areas table (lib/areas.ts). One refusal for an area a role does not see: "not
// found", as for a record outside the user's scope — a page answers notFound(), a route 404.

/**
 * For pages: the signed-in user (else to the login page) who sees `area` (else not found), in a district that has a
 * campaign year when the area needs one (else to the page saying the district has not started, NO_CAMPAIGN_PATH).
 */
export async function requireArea(area: Area): Promise<SessionUser> {
  const user = await requireUser();
  if (!canSee(user.role, area)) notFound();
  if (await lacksCampaign(user, area)) redirect(NO_CAMPAIGN_PATH);
  return user;
}

/** The refusal of a route handler for a record or an area outside the user's reach. */
export const notFoundResponse = () => httpError(404, NOT_FOUND_MESSAGE, "text");

/** A GET route handler of `area` serving a download: the route guard, refusals in plain text. */
export function areaRoute<Rest extends unknown[]>(
  area: Area,
  handler: (user: SessionUser, request: Request, ...rest: Rest) => Promise<Response>,
) {
  return guard({ area, format: "text" }, handler);
}
