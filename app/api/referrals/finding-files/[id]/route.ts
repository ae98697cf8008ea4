import { getReferredFindingFile } from "@/server/referrals/opinion-files";
import { fileRoute } from "@/server/uploads/routes";

/** GET a photo or document of an inspection finding referred to the signed-in expert. */
export const GET = fileRoute("材料", getReferredFindingFile);
