import { getReferredFindingFile } from "@/server/referrals/opinion-files";
import { fileRoute } from "@/server/uploads/routes";

/** GET a photo or document of an inspection finding, for whoever may read a referral of it (above all the expert asked). */
export const GET = fileRoute("材料", getReferredFindingFile);
