import { getOpinionFile } from "@/server/referrals/opinion-files";
import { fileRoute } from "@/server/uploads/routes";

/** GET an attachment of an expert opinion (scope re-checked); ?thumb=1 preview, ?download=1 to save. */
export const GET = fileRoute("附件", getOpinionFile);
