import "server-only";

import { circularDocument } from "@/lib/documents/circular";
import { interviewDocument } from "@/lib/documents/interview";
import type { DocumentModel } from "@/lib/documents/model";
import { prisma } from "@/server/db";
import { noticeScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { figuresInScope } from "@/server/supervision/list-notices";

/**
 * The document of a 通报 or 约谈 the user may read (null otherwise: not found): the office and the leader every
 * one, a township those naming its unit — with only its own unit's frozen figures, as on the page.
 */
export async function getNoticeDocument(
  user: SessionUser,
  id: string,
): Promise<{ model: DocumentModel; filename: string } | null> {
  const n = await prisma.supervisionNotice.findFirst({
    where: { AND: [{ id }, noticeScope(user)] },
    include: { units: { orderBy: { unit: { displayOrder: "asc" } }, select: { unit: { select: { name: true } } } } },
  });
  if (!n) return null;
  const name = (kind: string) => `${n.referenceNo ? `${n.referenceNo}-` : ""}${n.title}${kind}.docx`;
  if (n.kind === "CIRCULAR") {
    return { model: circularDocument({ ...n, figures: figuresInScope(user, n.figures) }), filename: name("") };
  }
  return {
    model: interviewDocument({ ...n, unitName: n.units.map((u) => u.unit.name).join("、") }),
    filename: name("（约谈记录）"),
  };
}
