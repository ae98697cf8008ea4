import { uploadTaskAttachment } from "@/server/tasks/upload-task-attachment";
import { uploadRoute } from "@/server/uploads/routes";

/** POST multipart/form-data { file } — attaches one file to a progress entry (its author only). */
export const POST = uploadRoute(uploadTaskAttachment);
