import { archiveResponse } from "@/server/archive/archive-route";
import { areaRoute } from "@/server/areas";

/** 佐证材料包 of the whole district in the current campaign: the office and the leader; a department the cases of its dimensions. */
export const GET = areaRoute("cases", async (user, _request: Request) => archiveResponse(user, { kind: "district" }));
