// A generated .docx as a download.
import { attachmentResponse } from "@/lib/exports/xlsx";

import { DOCX_MIME } from "./render-docx";

/** The file as an attachment: the Chinese name in `filename*` (RFC 5987), an ASCII fallback, nosniff, not cached. */
export function docxResponse(body: Buffer, filename: string, asciiFallback: string): Response {
  return attachmentResponse(new Uint8Array(body), DOCX_MIME, filename, asciiFallback);
}
