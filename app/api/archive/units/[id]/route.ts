import { archiveResponse } from "@/server/archive/archive-route";
import { areaRoute } from "@/server/areas";

type Params = { params: Promise<{ id: string }> };

/** 佐证材料包 of one unit in the current campaign: a township officer only their own unit; a department the cases of its dimensions. */
export const GET = areaRoute("units", async (user, _request: Request, { params }: Params) => {
  const raw = (await params).id;
  return archiveResponse(user, /^\d{1,9}$/.test(raw) ? { kind: "unit", unitId: Number(raw) } : null);
});
