// Evidence integrity flags shown to reviewers (never acted on silently).
import type { EvidenceKind } from "@/lib/generated/prisma/enums";

export type IntegrityEvidence = { id: string; kind: EvidenceKind; mime: string; capturedAt: Date | null; sha256: string };
export type Flag =
  | { type: "DUPLICATE"; evidenceId: string; otherCases: string[] }
  | { type: "BEFORE_AFTER_ORDER"; evidenceId: string }
  | { type: "NO_CAPTURE_TIME"; evidenceId: string };

const isPhoto = (e: IntegrityEvidence) => e.mime.startsWith("image/");

/**
 * @param duplicates sha256 → descriptions of other cases that use the same file
 */
export function integrityFlags(evidence: IntegrityEvidence[], duplicates: Map<string, string[]>): Flag[] {
  const flags: Flag[] = [];
  const afterTimes = evidence.filter((e) => e.kind === "AFTER_PHOTO" && e.capturedAt).map((e) => e.capturedAt!.getTime());
  const earliestAfter = afterTimes.length ? Math.min(...afterTimes) : null;
  for (const e of evidence) {
    const others = duplicates.get(e.sha256);
    if (others?.length) flags.push({ type: "DUPLICATE", evidenceId: e.id, otherCases: others });
    if (e.kind === "BEFORE_PHOTO" && e.capturedAt && earliestAfter !== null && e.capturedAt.getTime() > earliestAfter) {
      flags.push({ type: "BEFORE_AFTER_ORDER", evidenceId: e.id });
    }
    if (isPhoto(e) && !e.capturedAt) flags.push({ type: "NO_CAPTURE_TIME", evidenceId: e.id });
  }
  return flags;
}

export function flagText(flag: Flag): string {
  switch (flag.type) {
    case "DUPLICATE":
      return `同一文件已用于其他案件：${flag.otherCases.join("、")}`;
    case "BEFORE_AFTER_ORDER":
      return "整治前照片的拍摄时间晚于整治后照片";
    case "NO_CAPTURE_TIME":
      return "照片没有拍摄时间信息";
  }
}
