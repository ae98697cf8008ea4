// Where each evidence file goes in the archive ZIP: 单位/企业名称(信用代码)/材料类别/文件名 — path
// segments made safe for every unzip tool, and repeated names numbered so no file overwrites another.
import { evidenceLabel } from "@/lib/cases/evidence-labels";
import type { Category, DisposalPath, EvidenceKind } from "@/lib/generated/prisma/enums";

export type ArchiveFile = {
  storageKey: string;
  unit: string;
  enterprise: string;
  creditCode: string | null;
  caseId: string;
  category: Category;
  kind: EvidenceKind;
  /** The case's 处置方式: names its photos (拆前/拆后 only when dismantled, lib/cases/evidence-labels.ts). */
  disposalPath: DisposalPath | null;
  originalName: string;
  size: number;
  sha256: string;
  capturedAt: Date | null;
  uploadedAt: Date;
};

const MAX_SEGMENT = 80;

/** A file or folder name: no path separators, reserved or control characters, no leading dots, bounded. */
export function safeSegment(name: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[\\/:*?"<>|]/g, "_")
    .trim()
    .replace(/^\.+/, "")
    .replace(/[. ]+$/, "");
  const chars = [...cleaned];
  return (chars.length > MAX_SEGMENT ? chars.slice(0, MAX_SEGMENT).join("") : cleaned) || "未命名";
}

/** "照片.jpg" → "照片 (2).jpg". */
function numbered(name: string, n: number): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}

/** The path of every file, in order; no two alike (compared case-insensitively, as Windows does). */
export function archivePaths(files: readonly ArchiveFile[]): string[] {
  const taken = new Set<string>();
  return files.map((f) => {
    const folder = [
      safeSegment(f.unit),
      safeSegment(f.creditCode ? `${f.enterprise}(${f.creditCode})` : f.enterprise),
      safeSegment(evidenceLabel(f.kind, f)),
    ].join("/");
    const name = safeSegment(f.originalName);
    let path = `${folder}/${name}`;
    for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${folder}/${numbered(name, n)}`;
    taken.add(path.toLowerCase());
    return path;
  });
}
