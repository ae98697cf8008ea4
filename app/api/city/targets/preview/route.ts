import { previewTargetImport } from "@/server/city/target-files";

/** POST an .xlsx of district targets (annex layout): the rows read and their errors; nothing is saved. */
export const POST = previewTargetImport;
