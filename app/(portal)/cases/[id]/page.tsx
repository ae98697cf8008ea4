import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CaseActions } from "@/components/cases/case-actions";
import { CaseDetailsEditor } from "@/components/cases/case-details-editor";
import { CaseEquipment } from "@/components/cases/case-equipment";
import { CaseEvidence } from "@/components/cases/case-evidence";
import { CaseHeader } from "@/components/cases/case-header";
import { CaseHistory } from "@/components/cases/case-history";
import { CaseMeasures } from "@/components/cases/case-measures";
import { EscalateForm } from "@/components/cases/escalate-form";
import { PolicyDepartmentCard } from "@/components/cases/policy-department-card";
import { ReviewFlagSummary } from "@/components/cases/review-summary";
import { CorrectEnterpriseForm } from "@/components/enterprises/correct-enterprise-form";
import { EnterpriseLocation } from "@/components/enterprises/enterprise-location";
import { CaseOpinions } from "@/components/referrals/opinions";
import { ProductionLicenceForm } from "@/components/tasks/production-licence-form";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { BackLink } from "@/components/ui/link";
import { takesEquipment } from "@/lib/cases/equipment";
import { decideEscalation, ESCALATION_DIMENSIONS } from "@/lib/cases/escalation";
import { evidenceLabel } from "@/lib/cases/evidence-labels";
import { measureDimensions as measureDimensionsOf, ordersOwnMeasures } from "@/lib/cases/measures";
import { isOverdue } from "@/lib/cases/overdue";
import { changedSinceReturn, flagSummary, UNCHANGED_SINCE_RETURN } from "@/lib/cases/review";
import { daysWaiting, parseReviewQueueFilters, queueParams } from "@/lib/cases/review-queue";
import { availableActions } from "@/lib/cases/workflow";
import { dateInputValue } from "@/lib/dates";
import { formatDate, formatDateTime } from "@/lib/format";
import { withQuery } from "@/lib/href";
import { actsForUnit, mayEditProductionLicence, runsCampaign } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { getCase } from "@/server/cases/get-case";
import { listOutcomes } from "@/server/cases/list-outcomes";
import { listPolicyBases } from "@/server/cases/list-policy-bases";
import { isLicenceOffice } from "@/server/licences/licence-office";
import { checkOpinionGate } from "@/server/referrals/opinion-gate";
import { districtOf } from "@/server/scope";
import { listUnitNames } from "@/server/units/list-unit-names";

export const metadata: Metadata = { title: "整治对象详情" };

const DONE: Record<string, string> = {
  ACCEPT: "上一件已验收通过，已打开待验收的下一件。",
  RETURN: "上一件已退回，已打开待验收的下一件。",
};

export default async function CasePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("cases");
  const c = await getCase(user, (await params).id);
  if (!c) notFound();
  // The review desk: opened from 待验收, the page carries the queue's filters and sort on to 下一件.
  const sp = await searchParams;
  const queue = queueParams(parseReviewQueueFilters(sp));
  const fromQueue = sp.from === "review";
  const done = typeof sp.done === "string" ? DONE[sp.done] : undefined;

  const actions = availableActions(user, c);
  const editable = actions.includes("EDIT");
  const missing = c.checklist.filter((i) => !i.met);
  const lastReturn = c.status === "RETURNED" ? c.reviews.find((r) => r.decision === "RETURN") : undefined;
  // After a return the case is not 可以上报 until something changed (lib/cases/review.ts).
  const unchanged = !changedSinceReturn(c, lastReturn ?? null);
  const reviewing = actions.includes("ACCEPT") || actions.includes("RETURN");
  const flags = flagSummary(c.flags);
  const now = new Date();
  const overdue = isOverdue(c, now);
  const measureDimensions = measureDimensionsOf(user, c);
  const escalations = ESCALATION_DIMENSIONS.filter((d) => decideEscalation(user, c, c.measures, d, now).ok);
  const escalated = c.measures.filter((m) => m.escalation);

  return (
    <div className="space-y-5">
      {fromQueue ? (
        <BackLink href={withQuery("/review", queue)}>待验收</BackLink>
      ) : (
        <BackLink href="/cases">整治台账</BackLink>
      )}
      {done && <FormMessage message={{ ok: true, text: done }} />}
      <CaseHeader c={c} role={user.role} overdue={overdue} escalated={escalated.length > 0} now={now} />
      {lastReturn && (
        <div
          role="alert"
          data-testid="return-notice"
          className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm"
        >
          <p className="font-semibold text-red-800">
            整治对象被退回（{lastReturn.reviewer.department?.name ?? lastReturn.reviewer.displayName}，
            {formatDateTime(lastReturn.createdAt)}）
          </p>
          <p className="mt-1 whitespace-pre-wrap">退回理由：{lastReturn.reason}</p>
          {unchanged && <p className="mt-1 text-red-800">{UNCHANGED_SINCE_RETURN}。</p>}
        </div>
      )}

      <Card aria-labelledby="checklist-title">
        <h2 id="checklist-title" className="font-semibold">
          上报前须具备
        </h2>
        {missing.length > 0 ? (
          <p className="mt-1 text-sm text-amber-800">还缺：{missing.map((i) => i.label).join("、")}</p>
        ) : unchanged ? (
          <p className="mt-1 text-sm text-amber-800">材料已齐全，但退回后尚未修改，暂不能上报（见上方退回理由）。</p>
        ) : (
          <p className="mt-1 text-sm text-green-700">材料已齐全，可以上报验收。</p>
        )}
        <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
          {c.checklist.map((i) => (
            <li key={i.key} className={i.met ? "text-green-700" : "text-slate-600"}>
              {i.met ? "✓" : "○"} {i.label}
            </li>
          ))}
        </ul>
      </Card>

      <ProductionLicenceForm
        enterpriseId={c.enterprise.id}
        licence={c.enterprise.productionLicence}
        editable={mayEditProductionLicence(user, c.unitId, await isLicenceOffice(user))}
      />

      {/* Keyed by what is missing: a refusal shown earlier goes once the missing item arrives. */}
      <CaseActions
        key={`${missing.map((i) => i.key).join()}${unchanged ? ":unchanged" : ""}`}
        caseId={c.id}
        version={c.version}
        actions={actions}
        blocked={{
          ...(await acceptBlocked(actions, c)),
          ...(missing.length
            ? { SUBMIT: `还缺${missing.map((i) => i.label).join("、")}（见上方“上报前须具备”）` }
            : unchanged
              ? { SUBMIT: UNCHANGED_SINCE_RETURN }
              : {}),
        }}
        summary={
          reviewing && (
            <ReviewFlagSummary summary={flags} daysWaiting={c.submittedAt ? daysWaiting(c.submittedAt, now) : null} />
          )
        }
        flagCount={reviewing ? flags.total : 0}
        nextHref={reviewing ? withQuery("/review", { ...queue, after: c.id }) : undefined}
      />

      <EnterpriseLocation enterprise={c.enterprise} canRecord={actsForUnit(user, c.enterprise.unitId)} />

      {runsCampaign(user) && (
        <CorrectEnterpriseForm enterprise={c.enterprise} units={await listUnitNames(districtOf(user))} />
      )}

      {c.category === "ELIMINATION" && (
        <PolicyDepartmentCard c={c} correct={runsCampaign(user) && !c.closedIncompleteAt} />
      )}
      {takesEquipment(c.category) && (
        <CaseEquipment
          caseId={c.id}
          caseVersion={c.version}
          editable={editable}
          required={c.disposalPath === "DISMANTLED"}
          totals={c.equipmentTotals}
          items={c.equipment.map((e) => ({
            id: e.id,
            version: e.version,
            name: e.name,
            model: e.model,
            quantity: e.quantity,
            capacity: e.capacity,
            capacityUnit: e.capacityUnit,
            disposition: e.disposition,
            destination: e.destination,
            evidence: e.evidence && {
              id: e.evidence.id,
              label: `${evidenceLabel(e.evidence.kind, c)}：${e.evidence.originalName}`,
              removed: e.evidence.deletedAt !== null,
            },
          }))}
          evidence={c.evidence.map((e) => ({
            id: e.id,
            label: `${evidenceLabel(e.kind, c)}：${e.originalName}（${formatDate(e.createdAt)}）`,
          }))}
        />
      )}

      <CaseEvidence c={c} editable={editable} />

      <CaseOpinions user={user} c={c} />

      <CaseMeasures
        c={c}
        measureDimensions={measureDimensions}
        needsDimensions={actsForUnit(user, c.unitId) && c.dimensions.length === 0}
        ownDepartment={
          ordersOwnMeasures(user) && user.departmentId !== null && user.department
            ? { id: user.departmentId, name: user.department.name }
            : null
        }
      />

      {escalations.length > 0 && (
        <Card aria-labelledby="escalate-title" className="space-y-2">
          <h2 id="escalate-title" className="font-semibold">
            升级处置
          </h2>
          <p className="text-sm text-slate-600">
            工作要点：能耗方面逾期未整改或经整改仍未达标的，依法关停退出；环保、安全方面经停产停业整顿仍不具备条件的，予以关闭。
          </p>
          <EscalateForm caseId={c.id} version={c.version} dimensions={escalations} />
        </Card>
      )}

      {editable && (
        <Card aria-labelledby="details-title">
          <h2 id="details-title" className="mb-3 font-semibold">
            整治信息
          </h2>
          <CaseDetailsEditor
            caseId={c.id}
            version={c.version}
            category={c.category}
            outcomes={await listOutcomes(districtOf(user))}
            policyBases={await listPolicyBases(districtOf(user))}
            initial={{
              policyBasisId: c.policyBasisId,
              policyBasisOther: c.policyBasisOther ?? "",
              dimensions: c.dimensions,
              deadline: dateInputValue(c.deadline),
              disposalPath: c.disposalPath,
              outcomeId: c.outcomeId,
              commitmentText: c.commitmentText ?? "",
              commitmentPublishedIn: c.commitmentPublishedIn ?? "",
              commitmentDate: dateInputValue(c.commitmentDate),
              wholeExit: c.wholeExit,
            }}
          />
        </Card>
      )}

      <CaseHistory c={c} />
    </div>
  );
}

/** (行业专家意见, docs/domain.md §督办) Why 验收通过 is refused now: the campaign requires an answered expert opinion on ELIMINATION cases. */
async function acceptBlocked(
  actions: string[],
  c: { id: string; campaignId: number; category: "ELIMINATION" | "RECTIFICATION" },
) {
  if (!actions.includes("ACCEPT")) return {};
  const gate = await checkOpinionGate(c);
  return gate.ok ? {} : { ACCEPT: gate.reason };
}
