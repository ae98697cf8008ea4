// Evidence integrity flags shown to reviewers (never acted on silently).
import { type EvidencePath, photoOrderText } from "@/lib/cases/evidence-labels";
import { checkPhotoLocation } from "@/lib/enterprises/geo";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";

export type IntegrityEvidence = {
  id: string;
  kind: EvidenceKind;
  mime: string;
  capturedAt: Date | null;
  sha256: string;
  latitude?: number | null;
  longitude?: number | null;
};
/** The enterprise's recorded site and the configured distance (EVIDENCE_MAX_DISTANCE_M) for the location check. */
export type SiteCheck = { site: { latitude: number | null; longitude: number | null } | null; maxDistanceM: number };
export type Flag =
  | { type: "DUPLICATE"; evidenceId: string; otherCases: string[] }
  | { type: "BEFORE_AFTER_ORDER"; evidenceId: string }
  | { type: "NO_CAPTURE_TIME"; evidenceId: string }
  | { type: "FAR_FROM_SITE"; evidenceId: string; metres: number }
  | { type: "NO_POSITION"; evidenceId: string };

const isPhoto = (e: IntegrityEvidence) => e.mime.startsWith("image/");

/**
 * @param duplicates sha256 → descriptions of other cases that use the same file (a key with an
 *   empty list: used elsewhere, details withheld)
 */
export function integrityFlags(
  evidence: IntegrityEvidence[],
  duplicates: Map<string, string[]>,
  location?: SiteCheck,
): Flag[] {
  const flags: Flag[] = [];
  const afterTimes = evidence
    .filter((e) => e.kind === "AFTER_PHOTO" && e.capturedAt)
    .map((e) => e.capturedAt!.getTime());
  const earliestAfter = afterTimes.length ? Math.min(...afterTimes) : null;
  for (const e of evidence) {
    const others = duplicates.get(e.sha256);
    if (others) flags.push({ type: "DUPLICATE", evidenceId: e.id, otherCases: others });
    if (e.kind === "BEFORE_PHOTO" && e.capturedAt && earliestAfter !== null && e.capturedAt.getTime() > earliestAfter) {
      flags.push({ type: "BEFORE_AFTER_ORDER", evidenceId: e.id });
    }
    if (isPhoto(e) && !e.capturedAt) flags.push({ type: "NO_CAPTURE_TIME", evidenceId: e.id });
    // Only judged once the enterprise's site is recorded (lib/enterprises/geo.ts checkPhotoLocation).
    if (isPhoto(e) && location) {
      const where = checkPhotoLocation(
        { latitude: e.latitude ?? null, longitude: e.longitude ?? null },
        location.site,
        location.maxDistanceM,
      );
      if (where.kind === "FAR") flags.push({ type: "FAR_FROM_SITE", evidenceId: e.id, metres: where.metres });
      if (where.kind === "NO_POSITION") flags.push({ type: "NO_POSITION", evidenceId: e.id });
    }
  }
  return flags;
}

/** A flag in words; `path` names the photos as the case calls them (lib/cases/evidence-labels.ts). */
export function flagText(flag: Flag, path?: EvidencePath | null): string {
  switch (flag.type) {
    case "DUPLICATE":
      return flag.otherCases.length
        ? `同一文件已用于其他整治对象：${flag.otherCases.join("、")}`
        : "同一文件已用于其他整治对象";
    case "BEFORE_AFTER_ORDER":
      return photoOrderText(path);
    case "NO_CAPTURE_TIME":
      return "照片没有拍摄时间信息";
    case "FAR_FROM_SITE":
      return `拍摄位置距企业 ${flag.metres} 米`;
    case "NO_POSITION":
      return "照片无位置信息";
  }
}
