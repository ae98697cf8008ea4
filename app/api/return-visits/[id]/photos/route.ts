import { uploadReturnVisitPhoto } from "@/server/return-visits/upload-return-visit-photo";
import { uploadRoute } from "@/server/uploads/routes";

/** POST multipart/form-data { file } — one photo of a 回访 visit, by the case's unit. */
export const POST = uploadRoute(uploadReturnVisitPhoto);
