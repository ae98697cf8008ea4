"use client";
import { FileUpload, uploadFiles } from "@/components/file-upload";

export { ACCEPT } from "@/components/file-upload";

const url = (progressId: string) => `/api/tasks/progress/${encodeURIComponent(progressId)}/attachments`;

/** Sends files one by one to the entry's upload route; returns the Chinese refusals, if any. */
export function uploadAttachments(progressId: string, files: File[]): Promise<string[]> {
  return uploadFiles(url(progressId), files);
}

/** Adds attachments to an existing entry (its author). */
export function AttachmentUpload({ progressId }: { progressId: string }) {
  return <FileUpload url={url(progressId)} label="添加附件" done="附件已上传" />;
}
