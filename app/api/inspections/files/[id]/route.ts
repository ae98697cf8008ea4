import { getFindingFile } from "@/server/inspections/get-finding-file";
import { fileRoute } from "@/server/uploads/routes";

/** GET a finding's file (scope re-checked); ?thumb=1 preview, ?download=1 to save. */
export const GET = fileRoute("文件", getFindingFile);
