import "server-only";

import { circularDocument } from "@/lib/documents/circular";
import { interviewDocument } from "@/lib/documents/interview";
import { issuerOf } from "@/lib/documents/office";
import { renderDocx } from "@/lib/documents/render-docx";
import { readsOwnUnitOnly } from "@/lib/rights";
import { prisma } from "@/server/db";
import { type FrozenFile, readFrozen, sha256 } from "@/server/documents/frozen-file";
import { noticeScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { figuresInScope } from "@/server/supervision/list-notices";

/**
 * The .docx of a 通报 or 约谈 the user may read (null otherwise: not found): the office and the leader every one, a
 * township those naming its unit — its own copy, with only its own unit's figures, as on the page. A published
 * document is frozen: the bytes stored at publication are served, whatever changed since (records, clock). A record
 * published before files were stored is rendered from its record at its moment of issue (the same bytes every time).
 */
export async function getNoticeDocument(
  user: SessionUser,
  id: string,
): Promise<{ bytes: Buffer; sha256: string; filename: string } | null> {
  const n = await prisma.supervisionNotice.findFirst({
    where: { AND: [{ id }, noticeScope(user)] },
    include: {
      units: {
        orderBy: { unit: { displayOrder: "asc" } },
        select: { unitId: true, documentStorageKey: true, documentSha256: true, unit: { select: { name: true } } },
      },
    },
  });
  if (!n) return null;
  const name = (kind: string) => `${n.referenceNo ? `${n.referenceNo}-` : ""}${n.title}${kind}.docx`;
  const filename = name(n.kind === "CIRCULAR" ? "" : "（约谈记录）");
  const own = n.kind === "CIRCULAR" && readsOwnUnitOnly(user);
  const copy = own ? n.units.find((u) => u.unitId === user.unitId) : n;
  const stored = frozen(copy?.documentStorageKey ?? null, copy?.documentSha256 ?? null);
  if (stored) {
    const bytes = await readFrozen(stored);
    return { bytes, sha256: stored.sha256, filename };
  }
  const issuer = issuerOf(user.district);
  const model =
    n.kind === "CIRCULAR"
      ? circularDocument({ ...n, figures: figuresInScope(user, n.figures), issuer })
      : interviewDocument({ ...n, unitName: n.units.map((u) => u.unit.name).join("、"), issuer });
  const bytes = await renderDocx(model, n.createdAt);
  return { bytes, sha256: sha256(bytes), filename };
}

const frozen = (key: string | null, hash: string | null): FrozenFile | null =>
  key && hash ? { key, sha256: hash } : null;
