import { docxResponse } from "@/lib/documents/response";
import { cuid } from "@/lib/fields";
import { areaRoute, notFoundResponse } from "@/server/areas";
import { getNoticeDocument } from "@/server/documents/notice-document";

/**
 * 通报 / 约谈记录 .docx of one record, as frozen at publication (the same bytes every time; their SHA-256 in
 * Repr-Digest): the office and the leader any, a township one naming its unit — its own copy (else 404).
 */
export const GET = areaRoute(
  "supervision",
  async (user, _request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const { id } = await params;
    if (!cuid.safeParse(id).success) return notFoundResponse();
    const doc = await getNoticeDocument(user, id);
    if (!doc) return notFoundResponse();
    return docxResponse(doc.bytes, doc.filename, `notice-${id}.docx`, doc.sha256);
  },
);
