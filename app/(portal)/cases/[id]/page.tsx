import type { Metadata } from "next";
import Link from "next/link";
import { HistoryLink } from "@/components/audit/history-link";
import { notFound } from "next/navigation";
import { CaseActions } from "@/components/cases/case-actions";
import { ProductionLicenceForm } from "@/components/tasks/production-licence-form";
import { EscalateForm } from "@/components/cases/escalate-form";
import { MeasureForm } from "@/components/cases/measure-form";
import { FileList } from "@/components/file-list";
import { FileUpload } from "@/components/file-upload";
import { decideEscalation, ESCALATION_DIMENSIONS } from "@/lib/cases/escalation";
import { measureKindLabel } from "@/lib/cases/measures";
import { isOverdue, overdueDays, rectificationDeadline } from "@/lib/cases/overdue";
import { CorrectEnterpriseForm } from "@/components/enterprises/correct-enterprise-form";
import { CaseDetailsEditor } from "@/components/cases/case-details-editor";
import { EvidenceItem } from "@/components/cases/evidence-item";
import { EvidenceUploader } from "@/components/cases/evidence-uploader";
import { StatusBadge } from "@/components/cases/status-badge";
import { EnterpriseLocation } from "@/components/enterprises/enterprise-location";
import { Card } from "@/components/ui/card";
import { flagText } from "@/lib/cases/integrity";
import { requiredEvidenceKinds } from "@/lib/cases/requirements";
import { availableActions } from "@/lib/cases/workflow";
import { dateInputValue } from "@/lib/dates";
import { formatDate, formatDateTime } from "@/lib/format";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import { categoryLabel, dimensionLabel, disposalPathLabel, evidenceKindLabel, industryLabel } from "@/lib/labels";
import { requireArea } from "@/server/areas";
import { getCase } from "@/server/cases/get-case";
import { listOutcomes } from "@/server/cases/list-outcomes";
import { isLicenceOffice } from "@/server/licences/licence-office";
import { listMeasureDepartments } from "@/server/cases/list-measure-departments";
import { listPolicyBases } from "@/server/cases/list-policy-bases";
import { listUnitNames } from "@/server/units/list-unit-names";
import { CaseYearNote } from "@/components/campaigns/case-year-note";
import { CaseOpinions } from "@/components/referrals/opinions";
import { checkOpinionGate } from "@/server/referrals/opinion-gate";

export const metadata: Metadata = { title: "案件详情" };

const decisionLabel = { ACCEPT: "验收通过", RETURN: "退回", REOPEN: "重新打开" } as const;

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("cases");
  const c = await getCase(user, (await params).id);
  if (!c) notFound();

  const actions = availableActions(user, c);
  const editable = actions.includes("EDIT");
  const required = requiredEvidenceKinds(c.category, c.disposalPath);
  const kinds: EvidenceKind[] = [...new Set<EvidenceKind>([
    ...required, ...(c.disposalPath === "SEALED" ? (["PUBLIC_COMMITMENT"] as const) : []), "OTHER", ...c.evidence.map((e) => e.kind),
  ])];
  const missing = c.checklist.filter((i) => !i.met);
  const lastReturn = c.status === "RETURNED" ? c.reviews.find((r) => r.decision === "RETURN") : undefined;
  const flagsOf = (id: string) => c.flags.filter((f) => f.evidenceId === id).map(flagText);
  const now = new Date();
  const overdue = isOverdue(c, now);
  const deadline = rectificationDeadline(c);
  // Who may record measures (the server decides again): the own township, the office, a department for the dimensions it leads.
  const measureDimensions = user.role === "DEPARTMENT" ? c.dimensions.filter((d) => user.leadDimensions.includes(d))
    : user.role === "OFFICE" || (user.role === "TOWNSHIP" && user.unitId === c.unitId) ? c.dimensions : [];
  const escalations = ESCALATION_DIMENSIONS.filter((d) => decideEscalation(user, c, c.measures, d, now).ok);
  const escalated = c.measures.filter((m) => m.escalation);

  return (
    <div className="space-y-5">
      <nav className="text-sm"><Link href="/cases" className="text-brand-700 hover:underline">← 案件台账</Link></nav>
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold">{c.enterprise.name}</h1>
          <StatusBadge status={c.status} />
          {overdue && <span data-testid="overdue-badge" className="rounded-full bg-red-100 px-3 py-0.5 text-sm font-medium text-red-800">逾期 {overdueDays(c, now)} 天</span>}
          {escalated.length > 0 && <span className="rounded-full bg-slate-800 px-3 py-0.5 text-sm text-white">已升级处置</span>}
          <a href={`/api/archive/cases/${c.id}`} className="no-print ml-auto rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100" download>下载佐证材料包</a>
          <HistoryLink role={user.role} entity="Case" entityId={c.id} />
        </div>
        <CaseYearNote caseId={c.id} />
        <p className="text-sm text-slate-600">
          {c.unit.name} · {categoryLabel[c.category]} · {industryLabel[c.enterprise.industry]} ·{" "}
          <span className="font-mono">{c.enterprise.creditCode ?? "无统一社会信用代码"}</span>
        </p>
        <p className="text-sm text-slate-600">
          {c.disposalPath && <>处置方式：{disposalPathLabel[c.disposalPath]} · </>}
          {c.outcome && <>整治结果：{c.outcome.name} · </>}
          涉及方面：{c.dimensions.map((d) => dimensionLabel[d]).join("、") || "—"} · 期限：{formatDate(deadline)}
          {c.measureDeadline && <>（限期整改）</>}
        </p>
        {c.category === "ELIMINATION" && (
          <p className="text-sm text-slate-600">政策依据：{c.policyBasis?.name ?? (c.policyBasisOther ? `其他：${c.policyBasisOther}` : "未填写")}</p>
        )}
      </header>

      {lastReturn && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm">
          <p className="font-semibold text-red-800">案件被退回（{lastReturn.reviewer.department?.name ?? lastReturn.reviewer.displayName}，{formatDateTime(lastReturn.createdAt)}）</p>
          <p className="mt-1 whitespace-pre-wrap">退回理由：{lastReturn.reason}</p>
        </div>
      )}

      <Card aria-labelledby="checklist-title">
        <h2 id="checklist-title" className="font-semibold">上报前须具备</h2>
        {missing.length > 0
          ? <p className="mt-1 text-sm text-amber-800">还缺：{missing.map((i) => i.label).join("、")}</p>
          : <p className="mt-1 text-sm text-green-700">材料已齐全，可以上报验收。</p>}
        <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
          {c.checklist.map((i) => (
            <li key={i.key} className={i.met ? "text-green-700" : "text-slate-600"}>{i.met ? "✓" : "○"} {i.label}</li>
          ))}
        </ul>
      </Card>

      <ProductionLicenceForm enterpriseId={c.enterprise.id} licence={c.enterprise.productionLicence}
        editable={user.role === "OFFICE" || (user.role === "TOWNSHIP" && user.unitId === c.unitId) || (await isLicenceOffice(user))} />

      {/* Keyed by what is missing: a refusal shown earlier goes once the missing item arrives. */}
      <CaseActions key={missing.map((i) => i.key).join()} caseId={c.id} version={c.version} actions={actions}
        blocked={{ ...(await acceptBlocked(actions, c)), ...(missing.length ? { SUBMIT: `还缺${missing.map((i) => i.label).join("、")}（见上方“上报前须具备”）` } : {}) }} />

      <EnterpriseLocation enterprise={c.enterprise} canRecord={user.role === "TOWNSHIP" && user.unitId === c.enterprise.unitId} />

      {user.role === "OFFICE" && <CorrectEnterpriseForm enterprise={c.enterprise} units={await listUnitNames()} />}

      <Card aria-labelledby="evidence-title" className="space-y-4">
        <h2 id="evidence-title" className="font-semibold">佐证材料</h2>
        {kinds.map((kind) => {
          const items = c.evidence.filter((e) => e.kind === kind);
          return (
            <div key={kind} className="space-y-2 border-t border-slate-100 pt-3 first:border-0 first:pt-0">
              <h3 className="text-sm font-medium">
                {evidenceKindLabel[kind]}
                {required.includes(kind) && <span className="ml-1 text-xs text-slate-500">（必需）</span>}
              </h3>
              {items.length > 0 ? (
                <ul className="flex flex-wrap gap-3">
                  {items.map((e) => (
                    <EvidenceItem key={e.id} id={e.id} name={e.originalName} mime={e.mime} capturedAt={e.capturedAt}
                      flags={flagsOf(e.id)} removable={editable} caseVersion={c.version} />
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-500">尚未上传</p>
              )}
              {editable && <EvidenceUploader caseId={c.id} kind={kind} label={evidenceKindLabel[kind]} />}
            </div>
          );
        })}
        <p className="text-xs text-slate-500">支持 JPEG、PNG、WebP 图片和 PDF，单个文件不超过 20 MB。</p>
      </Card>

      <CaseOpinions user={user} c={c} />

      <Card aria-labelledby="measures-title" className="space-y-3">
        <h2 id="measures-title" className="font-semibold">执法措施</h2>
        {c.measures.length === 0 ? <p className="text-sm text-slate-500">尚未记录执法措施</p> : (
          <ol className="space-y-3 border-l-2 border-slate-200 pl-4 text-sm" data-testid="measure-timeline">
            {c.measures.map((m) => (
              <li key={m.id} className={m.escalation ? "rounded bg-red-50 p-2" : ""}>
                <p>
                  <span className="font-medium">{formatDate(m.date)} {m.escalation ? "升级处置：" : ""}{measureKindLabel[m.kind]}</span>
                  {" "}· {dimensionLabel[m.dimension]} · {m.department.name}{m.reference && <> · {m.reference}</>}
                  {m.deadline && <> · 整改期限 <strong>{formatDate(m.deadline)}</strong></>}
                </p>
                {m.note && <p className="whitespace-pre-wrap text-slate-700">{m.escalation ? "理由：" : ""}{m.note}</p>}
                <p className="text-xs text-slate-500">{m.recordedBy.displayName} 记录于 {formatDateTime(m.createdAt)}</p>
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
              <MeasureForm caseId={c.id} dimensions={measureDimensions} departments={await listMeasureDepartments()}
                ownDepartment={user.role === "DEPARTMENT" && user.departmentId !== null && user.department ? { id: user.departmentId, name: user.department.name } : null} />
            </div>
          </details>
        )}
        {user.role === "TOWNSHIP" && c.dimensions.length === 0 && <p className="text-sm text-slate-500">请先在案件信息中勾选涉及方面，再记录执法措施。</p>}
      </Card>

      {escalations.length > 0 && (
        <Card aria-labelledby="escalate-title" className="space-y-2">
          <h2 id="escalate-title" className="font-semibold">升级处置</h2>
          <p className="text-sm text-slate-600">工作要点：能耗方面逾期未整改或经整改仍未达标的，依法关停退出；环保、安全方面经停产停业整顿仍不具备条件的，予以关闭。</p>
          <EscalateForm caseId={c.id} version={c.version} dimensions={escalations} />
        </Card>
      )}

      {editable && (
        <Card aria-labelledby="details-title">
          <h2 id="details-title" className="mb-3 font-semibold">案件信息</h2>
          <CaseDetailsEditor caseId={c.id} version={c.version} category={c.category} outcomes={await listOutcomes()} policyBases={await listPolicyBases()}
            initial={{
              policyBasisId: c.policyBasisId, policyBasisOther: c.policyBasisOther ?? "",
              dimensions: c.dimensions, deadline: dateInputValue(c.deadline), disposalPath: c.disposalPath, outcomeId: c.outcomeId,
              commitmentText: c.commitmentText ?? "", commitmentPublishedIn: c.commitmentPublishedIn ?? "", commitmentDate: dateInputValue(c.commitmentDate),
            }} />
        </Card>
      )}

      <Card aria-labelledby="history-title">
        <h2 id="history-title" className="font-semibold">审核记录</h2>
        {escalated.map((m) => (
          <p key={m.id} className="mt-2 text-sm"><span className="font-medium">升级处置（{dimensionLabel[m.dimension]}，关闭）</span> · {m.department.name} · {formatDateTime(m.createdAt)}
            <span className="block whitespace-pre-wrap text-slate-700">理由：{m.note}</span></p>
        ))}
        {c.reviews.length === 0 ? escalated.length === 0 && <p className="mt-1 text-sm text-slate-500">暂无</p> : (
          <ol className="mt-2 space-y-2 text-sm">
            {c.reviews.map((r) => (
              <li key={r.id}>
                <span className="font-medium">{decisionLabel[r.decision]}</span> · {r.reviewer.department?.name ?? r.reviewer.displayName} · {formatDateTime(r.createdAt)}
                {r.reason && <p className="whitespace-pre-wrap text-slate-700">理由：{r.reason}</p>}
              </li>
            ))}
          </ol>
        )}
        <p className="mt-2 text-xs text-slate-500">登记于 {formatDateTime(c.createdAt)}{c.submittedAt && `，最近上报 ${formatDateTime(c.submittedAt)}`}{c.acceptedAt && `，验收 ${formatDateTime(c.acceptedAt)}`}</p>
      </Card>
    </div>
  );
}

/** (expert #12) Why 验收通过 is refused now: the campaign requires an answered expert opinion on ELIMINATION cases. */
async function acceptBlocked(actions: string[], c: { id: string; campaignId: number; category: "ELIMINATION" | "RECTIFICATION" }) {
  if (!actions.includes("ACCEPT")) return {};
  const gate = await checkOpinionGate(c);
  return gate.ok ? {} : { ACCEPT: gate.reason };
}
