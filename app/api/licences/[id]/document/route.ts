import { getLicenceDocumentFile, uploadLicenceDocument } from "@/server/licences/upload-licence-document";
import { fileRoute, uploadRoute } from "@/server/uploads/routes";

/** POST multipart/form-data { file } — the cancellation decision of a recorded licence cancellation (区市场监管局). */
export const POST = uploadRoute(uploadLicenceDocument);

/** GET the decision document (区市场监管局); ?download=1 to save. */
export const GET = fileRoute("注销文书", getLicenceDocumentFile);
