import { getTaskAttachmentFile } from "@/server/tasks/get-task-attachment-file";
import { fileRoute } from "@/server/uploads/routes";

/** GET an attachment of a progress entry (scope re-checked); ?thumb=1 preview, ?download=1 to save. */
export const GET = fileRoute("附件", getTaskAttachmentFile);
