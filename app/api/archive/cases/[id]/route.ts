import { cuid } from "@/lib/fields";
import { archiveResponse } from "@/server/archive/archive-route";
import { areaRoute } from "@/server/areas";

type Params = { params: Promise<{ id: string }> };

/** 佐证材料包 of one case: whoever may read the case. */
export const GET = areaRoute("cases", async (user, _request: Request, { params }: Params) => {
  const id = cuid.safeParse((await params).id);
  return archiveResponse(user, id.success ? { kind: "case", caseId: id.data } : null);
});
