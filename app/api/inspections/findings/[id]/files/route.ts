import { uploadFindingFile } from "@/server/inspections/upload-finding-file";
import { uploadRoute } from "@/server/uploads/routes";

/** POST multipart/form-data { file } — a photo or document of a finding (its recorder), or the unit's evidence, while open. */
export const POST = uploadRoute(uploadFindingFile);
