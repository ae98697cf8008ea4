import "server-only";

import type { Readable } from "node:stream";

import { ZipFile } from "yazl";

import { type ArchiveFile, archivePaths } from "@/lib/archive/archive-layout";
import { archiveIndexWorkbook } from "@/lib/exports/archive-index-workbook";
import { type EquipmentListRow, equipmentWorkbook } from "@/lib/exports/equipment-workbook";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/server/db";
import { findEquipmentOfCases } from "@/server/reports/list-equipment";
import { caseScope, unitScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { readStream } from "@/server/storage";

/** An item of 淘汰设备清单 of the archived cases, with the storage key of its proof (to name its path in the ZIP). */
export type ArchiveEquipment = Omit<EquipmentListRow, "evidence"> & {
  evidence: (NonNullable<EquipmentListRow["evidence"]> & { storageKey: string }) | null;
};

export type ArchiveTarget = { kind: "case"; caseId: string } | { kind: "unit"; unitId: number } | { kind: "district" };

/**
 * The evidence of one case, one unit or the district in a campaign that the user may read, with a name
 * for the archive; null when the case or unit is outside the user's scope (a township officer: only
 * their own unit; the district archive is not theirs) — the route answers 404.
 */
export async function listArchiveEvidence(
  user: SessionUser,
  target: ArchiveTarget,
  campaignId: number,
): Promise<{ title: string; files: ArchiveFile[]; equipment: ArchiveEquipment[] } | null> {
  let where: Prisma.CaseWhereInput;
  let title: string;
  if (target.kind === "case") {
    const c = await prisma.case.findFirst({
      where: { AND: [{ id: target.caseId }, caseScope(user)] },
      select: { enterprise: { select: { name: true } } },
    });
    if (!c) return null;
    where = { id: target.caseId };
    title = c.enterprise.name;
  } else if (target.kind === "unit") {
    const unit = await prisma.unit.findFirst({
      where: { AND: [{ id: target.unitId }, unitScope(user)] },
      select: { name: true },
    });
    if (!unit) return null;
    where = { AND: [{ campaignId, unitId: target.unitId }, caseScope(user)] };
    title = unit.name;
  } else {
    if (user.role === "TOWNSHIP") return null;
    where = { AND: [{ campaignId }, caseScope(user)] };
    title = "全区";
  }
  const rows = await prisma.evidence.findMany({
    where: { deletedAt: null, case: where },
    select: {
      storageKey: true,
      kind: true,
      originalName: true,
      size: true,
      sha256: true,
      capturedAt: true,
      createdAt: true,
      case: {
        select: {
          id: true,
          category: true,
          disposalPath: true,
          unit: { select: { name: true } },
          enterprise: { select: { name: true, creditCode: true } },
        },
      },
    },
    orderBy: [
      { case: { unit: { displayOrder: "asc" } } },
      { case: { enterprise: { name: "asc" } } },
      { caseId: "asc" },
      { kind: "asc" },
      { createdAt: "asc" },
    ],
  });
  // 淘汰设备清单 of the same cases: the list travels with the files that prove it.
  const equipment = await findEquipmentOfCases(where);
  return {
    title,
    equipment,
    files: rows.map((r) => ({
      storageKey: r.storageKey,
      unit: r.case.unit.name,
      enterprise: r.case.enterprise.name,
      creditCode: r.case.enterprise.creditCode,
      caseId: r.case.id,
      category: r.case.category,
      disposalPath: r.case.disposalPath,
      kind: r.kind,
      originalName: r.originalName,
      size: r.size,
      sha256: r.sha256,
      capturedAt: r.capturedAt,
      uploadedAt: r.createdAt,
    })),
  };
}

/**
 * The ZIP as a stream: the files one after another, each read from storage as a stream only when the
 * ZIP reaches it (so neither a file nor the archive is ever held in memory), then index.xlsx listing
 * them all (a file missing from storage is listed as such and left out). Stops reading when the
 * download is abandoned.
 */
export function evidenceZip(title: string, files: ArchiveFile[], equipment: ArchiveEquipment[] = []): Readable {
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  const paths = archivePaths(files);
  const missing = new Set<number>();
  let current: Readable | null = null;
  let abandoned = false;
  output.once("close", () => {
    abandoned = true;
    current?.destroy();
  });

  (async () => {
    for (let i = 0; i < files.length && !abandoned; i++) {
      const stream = await readStream(files[i].storageKey).catch(() => null);
      if (!stream) {
        missing.add(i);
        continue;
      }
      current = stream;
      const done = new Promise<void>((resolve, reject) => {
        stream.once("end", resolve);
        stream.once("close", resolve);
        stream.once("error", reject);
      });
      zip.addReadStream(stream, paths[i], { mtime: files[i].uploadedAt, compress: false });
      await done;
    }
    if (abandoned) return;
    zip.addBuffer(await archiveIndexWorkbook(`${title}佐证材料清单`, files, paths, missing), "index.xlsx", {
      mtime: new Date(),
    });
    if (equipment.length) {
      // Each item's proof named by where it lies in this ZIP (a file missing from storage: not in it).
      const pathOf = new Map(files.flatMap((f, i) => (missing.has(i) ? [] : [[f.storageKey, paths[i]] as const])));
      const rows: EquipmentListRow[] = equipment.map(({ evidence, ...item }) => ({
        ...item,
        evidence: evidence && { ...evidence, archivePath: pathOf.get(evidence.storageKey) ?? null },
      }));
      zip.addBuffer(await equipmentWorkbook(`${title}淘汰设备清单`, rows), "设备清单.xlsx", { mtime: new Date() });
    }
    zip.end();
  })().catch((e: unknown) => {
    console.error("[archive]", e);
    output.destroy(e instanceof Error ? e : new Error(String(e)));
  });
  return output;
}
