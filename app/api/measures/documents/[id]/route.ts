import { getMeasureDocument } from "@/server/cases/get-measure-document";
import { fileRoute } from "@/server/uploads/routes";

/** GET the document of an enforcement measure (scope re-checked); ?download=1 to save. */
export const GET = fileRoute("文书", getMeasureDocument);
