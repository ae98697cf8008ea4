import { docxResponse } from "@/lib/documents/response";
import { cuid } from "@/lib/fields";
import { notFoundResponse } from "@/server/areas";
import { getCityCircularDocument } from "@/server/city/circulars";
import { guard } from "@/server/http/guard";

/**
 * 市级通报 .docx as frozen at issue (the same bytes every time; their SHA-256 in Repr-Digest): the city accounts the
 * whole document, a named district's office and leader their district's copy; anyone else not found.
 */
export const GET = guard(
  { format: "text" },
  async (user, _request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const { id } = await params;
    if (!cuid.safeParse(id).success) return notFoundResponse();
    const doc = await getCityCircularDocument(user, id);
    if (!doc) return notFoundResponse();
    return docxResponse(doc.bytes, doc.filename, `city-circular-${id}.docx`, doc.sha256);
  },
);
