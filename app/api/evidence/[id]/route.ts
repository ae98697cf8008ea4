import { getEvidenceFile } from "@/server/evidence/get-evidence-file";
import { fileRoute } from "@/server/uploads/routes";

/** GET an evidence file (scope re-checked); ?thumb=1 for a small preview of an image, ?download=1 to save. */
export const GET = fileRoute("材料", getEvidenceFile);
