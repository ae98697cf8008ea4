import { uploadOpinionFile } from "@/server/referrals/opinion-files";
import { uploadRoute } from "@/server/uploads/routes";

/** POST multipart/form-data { file } — an attachment of the expert's opinion, before the opinion is submitted. */
export const POST = uploadRoute((user, referralId, file) => uploadOpinionFile(user, referralId, file));
