import { getReturnVisitPhoto } from "@/server/return-visits/get-return-visit-photo";
import { fileRoute } from "@/server/uploads/routes";

/** GET a 回访 photo (scope re-checked); ?thumb=1 preview, ?download=1 to save. */
export const GET = fileRoute("照片", getReturnVisitPhoto);
