import { getTipFile } from "@/server/tips/get-tip-file";
import { fileRoute } from "@/server/uploads/routes";

/** GET a tip's photo or verification file (scope re-checked); ?thumb=1 preview, ?download=1 to save. */
export const GET = fileRoute("文件", getTipFile);
