import "server-only";

import { authorizeMeasure } from "@/server/cases/measure-rules";
import type { Tx } from "@/server/db";
import { notFound } from "@/server/errors";
import { caseScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { uploadOneFile } from "@/server/uploads/upload-files";

/** Stores the document of a measure (决定书、通知书…): whoever may record that measure on the case may attach its document. */
export function uploadMeasureDocument(user: SessionUser, measureId: string, file: { name: string; bytes: Buffer }) {
  return uploadOneFile({
    user,
    file,
    action: "case.measure.document",
    entity: "CaseMeasureDocument",
    authorize: (db) => authorize(db, user, measureId),
    create: (tx, meta) => tx.caseMeasureDocument.create({ data: { ...meta, measureId, uploadedById: user.id } }),
  });
}

async function authorize(db: Tx, user: SessionUser, measureId: string) {
  const measure = await db.caseMeasure.findFirst({ where: { id: measureId, case: caseScope(user) } });
  if (!measure) throw notFound();
  // A department may attach only to its own measures; others to any measure on a case they may record on.
  const departmentId = user.role === "DEPARTMENT" ? null : measure.departmentId;
  const { departmentId: orderedBy } = await authorizeMeasure(db, user, measure.caseId, { ...measure, departmentId });
  if (orderedBy !== measure.departmentId) throw notFound();
}
