import { previewQuotaImport } from "@/server/campaigns/preview-quota-import";

/** POST an .xlsx of quotas (annex layout): the rows read and their errors; nothing is saved. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return previewQuotaImport(request, (await params).id);
}
