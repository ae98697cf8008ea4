import { uploadTipFile } from "@/server/tips/upload-tip-file";
import { uploadRoute } from "@/server/uploads/routes";

/** POST multipart/form-data { file } — one verification file of a tip, by its assignee. */
export const POST = uploadRoute(uploadTipFile);
