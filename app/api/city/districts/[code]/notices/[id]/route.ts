import { docxResponse } from "@/lib/documents/response";
import { cuid } from "@/lib/fields";
import { areaRoute, notFoundResponse } from "@/server/areas";
import { districtViewer } from "@/server/city/district-viewer";
import { getNoticeDocument } from "@/server/documents/notice-document";

/**
 * A district's 通报 / 约谈记录 .docx for the city's read-only drill-down (docs/domain.md §市级): the city accounts,
 * through the district's viewer — the same frozen file its leader downloads; a record of another district, or any
 * district account, not found.
 */
export const GET = areaRoute(
  "city",
  async (user, _request: Request, { params }: { params: Promise<{ code: string; id: string }> }) => {
    const { code, id } = await params;
    if (!cuid.safeParse(id).success) return notFoundResponse();
    const found = await districtViewer(user, code);
    if (!found) return notFoundResponse();
    const doc = await getNoticeDocument(found.viewer, id);
    if (!doc) return notFoundResponse();
    return docxResponse(doc.bytes, doc.filename, `notice-${id}.docx`, doc.sha256);
  },
);
