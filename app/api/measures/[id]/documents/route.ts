import { uploadMeasureDocument } from "@/server/cases/upload-measure-document";
import { uploadRoute } from "@/server/uploads/routes";

/** POST multipart/form-data { file } — the document of an enforcement measure (决定书、整改通知书…). */
export const POST = uploadRoute((user, measureId, file) => uploadMeasureDocument(user, measureId, file));
