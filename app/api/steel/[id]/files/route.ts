import { uploadSteelInspectionFile } from "@/server/steel/steel-files";
import { uploadRoute } from "@/server/uploads/routes";

/** POST multipart/form-data { file } — a photo or the record of a steel inspection (T10), by 区发改局 or the office. */
export const POST = uploadRoute(uploadSteelInspectionFile);
