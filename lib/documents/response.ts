// A generated .docx as a download.
import { attachmentResponse } from "@/lib/exports/xlsx";

import { DOCX_MIME } from "./render-docx";

/**
 * The file as an attachment: the Chinese name in `filename*` (RFC 5987), an ASCII fallback, nosniff, not cached;
 * a published document's SHA-256 (hex) as its Repr-Digest (RFC 9530), so a copy can be checked against the record.
 */
export function docxResponse(body: Buffer, filename: string, asciiFallback: string, sha256Hex?: string): Response {
  const response = attachmentResponse(new Uint8Array(body), DOCX_MIME, filename, asciiFallback);
  if (sha256Hex) response.headers.set("Repr-Digest", `sha-256=:${Buffer.from(sha256Hex, "hex").toString("base64")}:`);
  return response;
}
