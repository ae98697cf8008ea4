import { MeasureForm } from "@/components/cases/measure-form";
import { FileList } from "@/components/file-list";
import { FileUpload } from "@/components/file-upload";
import { Card } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Dimension } from "@/lib/generated/prisma/enums";
import { dimensionLabel, measureKindLabel } from "@/lib/labels";
import type { getCase } from "@/server/cases/get-case";
import { listMeasureDepartments } from "@/server/cases/list-measure-departments";

type CaseRecord = NonNullable<Awaited<ReturnType<typeof getCase>>>;

/**
 * 执法措施: the case's measures in order with their documents; the form for those who may record one
 * (`measureDimensions`: the dimensions they may record in), and the township's hint while none is ticked.
 */
export async function CaseMeasures({
  c,
  measureDimensions,
  ownDepartment,
  needsDimensions,
}: {
  c: CaseRecord;
  measureDimensions: Dimension[];
  ownDepartment: { id: number; name: string } | null;
  needsDimensions: boolean;
}) {
  return (
    <Card aria-labelledby="measures-title" className="space-y-3">
      <h2 id="measures-title" className="font-semibold">
        执法措施
      </h2>
      {c.measures.length === 0 ? (
        <p className="text-sm text-slate-500">尚未记录执法措施</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-slate-200 pl-4 text-sm" data-testid="measure-timeline">
          {c.measures.map((m) => (
            <li key={m.id} className={m.escalation ? "rounded bg-red-50 p-2" : ""}>
              <p>
                <span className="font-medium">
                  {formatDate(m.date)} {m.escalation ? "升级处置：" : ""}
                  {measureKindLabel[m.kind]}
                </span>{" "}
                · {dimensionLabel[m.dimension]} · {m.department.name}
                {m.reference && <> · {m.reference}</>}
                {m.deadline && (
                  <>
                    {" "}
                    · 整改期限 <strong>{formatDate(m.deadline)}</strong>
                  </>
                )}
              </p>
              {m.note && (
                <p className="whitespace-pre-wrap text-slate-700">
                  {m.escalation ? "理由：" : ""}
                  {m.note}
                </p>
              )}
              <p className="text-xs text-slate-500">
                {m.recordedBy.displayName} 记录于 {formatDateTime(m.createdAt)}
              </p>
              <FileList title="文书" files={m.documents} base="/api/measures/documents" />
              {measureDimensions.includes(m.dimension) && !m.escalation && (
                <FileUpload url={`/api/measures/${m.id}/documents`} label="上传文书" done="文书已上传" />
              )}
            </li>
          ))}
        </ol>
      )}
      {measureDimensions.length > 0 && (
        <details className="rounded border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium">记录执法措施</summary>
          <div className="mt-3">
            <MeasureForm
              caseId={c.id}
              dimensions={measureDimensions}
              departments={await listMeasureDepartments(c.unit.districtId)}
              ownDepartment={ownDepartment}
            />
          </div>
        </details>
      )}
      {needsDimensions && <p className="text-sm text-slate-500">请先在整治信息中勾选涉及方面，再记录执法措施。</p>}
    </Card>
  );
}
