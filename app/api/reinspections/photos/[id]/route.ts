import { getReInspectionPhoto } from "@/server/reinspections/get-re-inspection-photo";
import { fileRoute } from "@/server/uploads/routes";

/** GET a 回头看 photo (scope re-checked); ?thumb=1 preview, ?download=1 to save. */
export const GET = fileRoute("照片", getReInspectionPhoto);
