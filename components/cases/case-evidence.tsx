import { EvidenceItem } from "@/components/cases/evidence-item";
import { EvidenceUploader } from "@/components/cases/evidence-uploader";
import { Card } from "@/components/ui/card";
import { evidenceLabel } from "@/lib/cases/evidence-labels";
import { flagText } from "@/lib/cases/integrity";
import { requiredEvidenceKinds } from "@/lib/cases/requirements";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import type { getCase } from "@/server/cases/get-case";

type CaseRecord = NonNullable<Awaited<ReturnType<typeof getCase>>>;

/** 佐证材料 by kind: the required ones first, each with its files and, while the case is editable, an upload. */
export function CaseEvidence({ c, editable }: { c: CaseRecord; editable: boolean }) {
  const required = requiredEvidenceKinds(c.category, c.disposalPath);
  const kinds: EvidenceKind[] = [
    ...new Set<EvidenceKind>([
      ...required,
      ...(c.disposalPath === "SEALED" ? (["PUBLIC_COMMITMENT"] as const) : []),
      "OTHER",
      ...c.evidence.map((e) => e.kind),
    ]),
  ];
  const flagsOf = (id: string) => c.flags.filter((f) => f.evidenceId === id).map((f) => flagText(f, c));
  return (
    <Card aria-labelledby="evidence-title" className="space-y-4">
      <h2 id="evidence-title" className="font-semibold">
        佐证材料
      </h2>
      {kinds.map((kind) => {
        const items = c.evidence.filter((e) => e.kind === kind);
        return (
          <div key={kind} className="space-y-2 border-t border-slate-100 pt-3 first:border-0 first:pt-0">
            <h3 className="text-sm font-medium">
              {evidenceLabel(kind, c)}
              {required.includes(kind) && <span className="ml-1 text-xs text-slate-500">（必需）</span>}
            </h3>
            {items.length > 0 ? (
              <ul className="flex flex-wrap gap-3">
                {items.map((e) => (
                  <EvidenceItem
                    key={e.id}
                    id={e.id}
                    name={e.originalName}
                    mime={e.mime}
                    capturedAt={e.capturedAt}
                    flags={flagsOf(e.id)}
                    removable={editable}
                    caseVersion={c.version}
                  />
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-500">尚未上传</p>
            )}
            {editable && <EvidenceUploader caseId={c.id} kind={kind} label={evidenceLabel(kind, c)} />}
          </div>
        );
      })}
      <p className="text-xs text-slate-500">支持 JPEG、PNG、WebP 图片和 PDF，单个文件不超过 20 MB。</p>
    </Card>
  );
}
