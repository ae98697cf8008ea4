import { getSteelInspectionFile } from "@/server/steel/steel-files";
import { fileRoute } from "@/server/uploads/routes";

/** GET a steel inspection file (scope re-checked); ?thumb=1 preview, ?download=1 to save. */
export const GET = fileRoute("文件", getSteelInspectionFile);
