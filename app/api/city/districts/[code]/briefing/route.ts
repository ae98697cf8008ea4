import { areaRoute, notFoundResponse } from "@/server/areas";
import { districtDrillDownOf } from "@/server/city/open-drill-down";
import { briefingDownload } from "@/server/documents/briefing-download";

/**
 * A district's 工作进展简报 .docx of ?month=YYYY-MM (of ?year=, else the district's own year) for the city's read-only
 * drill-down (docs/domain.md §市级): the city accounts, through the district's viewer — the published file, or the
 * 未发布稿 as its leader downloads it; any district account not found.
 */
export const GET = areaRoute(
  "city",
  async (user, request: Request, { params }: { params: Promise<{ code: string }> }) => {
    const { code } = await params;
    const query = new URL(request.url).searchParams;
    const found = await districtDrillDownOf(user, code, query.get("year"));
    if (!found) return notFoundResponse();
    return briefingDownload(found.viewer, found.campaign, query.get("month") ?? "");
  },
);
