import { uploadReInspectionPhoto } from "@/server/reinspections/upload-re-inspection-photo";
import { uploadRoute } from "@/server/uploads/routes";

/** POST multipart/form-data { file } — one photo of a 回头看 visit, by the case's unit. */
export const POST = uploadRoute(uploadReInspectionPhoto);
