// What a case's evidence is called depends on the case's path (docs/domain.md §佐证材料, §术语表): the plan asks for
// 拆前拆后对比照片 of an elimination and 整治提升前后对比照片 of a rectification. 拆前/拆后 is said only where the
// equipment is dismantled; a sealed elimination's photos are 封存前/封存后 【平台约定】.
import type { Category, DisposalPath, EvidenceKind } from "@/lib/generated/prisma/enums";
import { evidenceKindLabel } from "@/lib/labels";

/** The case facts the names depend on. */
export type EvidencePath = { category: Category; disposalPath: DisposalPath | null };

type PhotoKind = Extract<EvidenceKind, "BEFORE_PHOTO" | "AFTER_PHOTO">;
type PhotoPath = "RECTIFICATION" | "DISMANTLED" | "SEALED" | "UNDECIDED";

const PHOTO_LABEL: Record<PhotoPath, Record<PhotoKind, string>> = {
  RECTIFICATION: { BEFORE_PHOTO: "整治前照片", AFTER_PHOTO: "整治后照片" },
  DISMANTLED: { BEFORE_PHOTO: "拆前照片", AFTER_PHOTO: "拆后照片" },
  SEALED: { BEFORE_PHOTO: "封存前照片", AFTER_PHOTO: "封存后照片" },
  /** An elimination whose 处置方式 is not chosen yet. */
  UNDECIDED: { BEFORE_PHOTO: "拆前（封存前）照片", AFTER_PHOTO: "拆后（封存后）照片" },
};

function photoPath(path: EvidencePath): PhotoPath {
  if (path.category === "RECTIFICATION") return "RECTIFICATION";
  return path.disposalPath ?? "UNDECIDED";
}

const isPhotoKind = (kind: EvidenceKind): kind is PhotoKind => kind === "BEFORE_PHOTO" || kind === "AFTER_PHOTO";

/**
 * The name of one kind of evidence on a given case. Without a case (the audit log, a list of every kind) the
 * neutral name of `evidenceKindLabel` is used.
 */
export function evidenceLabel(kind: EvidenceKind, path?: EvidencePath | null): string {
  if (!path || !isPhotoKind(kind)) return evidenceKindLabel[kind];
  return PHOTO_LABEL[photoPath(path)][kind];
}

/** “前照片的拍摄时间晚于后照片” in the case's own words. */
export function photoOrderText(path?: EvidencePath | null): string {
  const before = evidenceLabel("BEFORE_PHOTO", path);
  const after = evidenceLabel("AFTER_PHOTO", path);
  return `${before}的拍摄时间晚于${after}`;
}
