import { previewQuotaImport } from "@/server/campaigns/preview-quota-import";

/** POST an .xlsx of quotas (annex layout): the rows read and their errors; nothing is saved. */
export const POST = previewQuotaImport;
