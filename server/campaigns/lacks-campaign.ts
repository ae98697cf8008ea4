import "server-only";

import { type Area, AREAS_WITHOUT_CAMPAIGN } from "@/lib/areas";
import { listCampaignYears } from "@/server/campaigns/get-current-campaign";
import type { SessionUser } from "@/server/session";

/**
 * Whether `area` needs a campaign year the user's district does not have yet (a new district, docs/domain.md §市级):
 * the page guard then shows that the district has not started, the route guard answers not found.
 */
export async function lacksCampaign(user: Pick<SessionUser, "districtId">, area: Area): Promise<boolean> {
  if (user.districtId === null || AREAS_WITHOUT_CAMPAIGN.includes(area)) return false;
  return (await listCampaignYears(user)).length === 0;
}
