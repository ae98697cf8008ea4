import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { HistoryLink } from "@/components/audit/history-link";
import { RegisterCaseForm } from "@/components/cases/register-case-form";
import { FileList } from "@/components/file-list";
import { FileUpload } from "@/components/file-upload";
import { TipAssignForm, TipCloseForm, TipCloseUnverifiableForm, TipVerifyForm } from "@/components/tips/tip-forms";
import { Link } from "@/components/ui/app-link";
import { cardClass } from "@/components/ui/card";
import { BackLink, linkClass } from "@/components/ui/link";
import { dateInputValue } from "@/lib/dates";
import { formatDate, formatDateTime } from "@/lib/format";
import { tipKindLabel, tipOutcomeLabel, tipStatusLabel } from "@/lib/labels";
import { availableTipActions, tipSubject } from "@/lib/tips/workflow";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { listOutsideTargetCategories } from "@/server/campaigns/list-outside-target-categories";
import { listOutcomes } from "@/server/cases/list-outcomes";
import { listPolicyBases } from "@/server/cases/list-policy-bases";
import { districtOf } from "@/server/scope";
import { findLedgerMatches } from "@/server/tips/find-ledger-matches";
import { getTip, type TipDetail } from "@/server/tips/get-tip";
import { listUnitsAndDepartments } from "@/server/units/list-units-and-departments";

export const metadata: Metadata = { title: "举报详情" };

const box = cardClass();

export default async function TipPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("tips");
  const tip = await getTip(user, (await params).id);
  if (!tip) notFound();
  const actions = availableTipActions(user, tip);
  const files = (reporter: boolean) => tip.files.filter((f) => (f.uploadedById === null) === reporter);

  return (
    <div className="space-y-5">
      <BackLink href="/tips">举报列表</BackLink>
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold">{tipSubject(tip)}</h1>
          <span data-testid="tip-status" className="rounded-full bg-slate-100 px-3 py-0.5 text-sm">
            {tipStatusLabel[tip.status]}
          </span>
          <HistoryLink role={user.role} entity="Tip" entityId={tip.id} />
        </div>
        <p className="text-sm text-slate-600">
          <span data-testid="tip-kind">{tipKindLabel[tip.kind]}</span> · 受理编号{" "}
          <span className="font-mono">{tip.reference}</span> · 受理时间 {formatDateTime(tip.createdAt)} ·{" "}
          {tip.named
            ? tip.reporterName || tip.reporterPhone
              ? `实名举报：${[tip.reporterName, tip.reporterPhone].filter(Boolean).join("，")}`
              : "实名举报（举报人信息仅区工强办可见）"
            : "匿名举报"}
        </p>
      </header>

      <section aria-labelledby="tip-content" className={box}>
        <h2 id="tip-content" className="font-semibold">
          举报内容
        </h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-slate-500">地址</dt>
          <dd>{tip.address}</dd>
          <dt className="text-slate-500">举报人所说属地</dt>
          <dd>{tip.reportedUnit?.name ?? "未说明"}</dd>
          <dt className="text-slate-500">看到的情况</dt>
          <dd className="whitespace-pre-wrap">{tip.description}</dd>
          <dt className="text-slate-500">台账企业</dt>
          <dd>
            {tip.enterprise
              ? `${tip.enterprise.name}（${tip.enterprise.unit.name}，${tip.enterprise.creditCode ?? "无信用代码"}）`
              : "未关联（台账中无此企业或尚未核实）"}
          </dd>
          {tip.case && (
            <>
              <dt className="text-slate-500">据此登记的整治对象</dt>
              <dd>
                <Link href={`/cases/${tip.case.id}`} className={linkClass()}>
                  查看整治对象
                </Link>
              </dd>
            </>
          )}
        </dl>
        <FileList title="举报人照片" files={files(true)} base="/api/tips/files" />
      </section>

      {(tip.unit || tip.department) && (
        <section aria-labelledby="tip-assignment" className={box}>
          <h2 id="tip-assignment" className="font-semibold">
            交办与核查
          </h2>
          <p className="mt-1 text-sm">
            承办：{[tip.unit?.name, tip.department?.name].filter(Boolean).join("、")} · 核查期限：
            {formatDate(tip.deadline)}
          </p>
          {tip.outcome && tip.outcome !== "UNVERIFIABLE" && (
            <div className="mt-2 text-sm">
              <p>
                核查结论：<strong>{tipOutcomeLabel[tip.outcome]}</strong>（{tip.verifiedBy?.displayName}，
                {formatDateTime(tip.verifiedAt)}）
              </p>
              <p className="whitespace-pre-wrap">核查情况：{tip.findings}</p>
            </div>
          )}
          <FileList title="核查佐证材料" files={files(false)} base="/api/tips/files" />
          {actions.includes("VERIFY") && (
            <div className="mt-3 space-y-3 border-t border-slate-100 pt-3">
              <FileUpload url={`/api/tips/${tip.id}/files`} label="上传核查佐证材料" done="材料已上传" />
              <TipVerifyForm tipId={tip.id} version={tip.version} />
            </div>
          )}
        </section>
      )}

      {tip.closedAt && (
        <section className={box}>
          <h2 className="font-semibold">办结{tip.outcome === "UNVERIFIABLE" && "（无法核查）"}</h2>
          <p className="mt-1 whitespace-pre-wrap text-sm">
            {formatDateTime(tip.closedAt)}：{tip.outcome === "UNVERIFIABLE" && "无法核查的理由："}
            {tip.closingNote}
          </p>
        </section>
      )}

      {actions.includes("ASSIGN") && <AssignSection tip={tip} />}
      {actions.includes("CLOSE") && (
        <section aria-labelledby="tip-close" className={box}>
          <h2 id="tip-close" className="mb-2 font-semibold">
            办结举报
          </h2>
          <TipCloseForm tipId={tip.id} version={tip.version} />
        </section>
      )}
      {actions.includes("CLOSE_UNVERIFIABLE") && (
        <section aria-labelledby="tip-unverifiable" className={box}>
          <h2 id="tip-unverifiable" className="mb-2 font-semibold">
            无法核查
          </h2>
          <TipCloseUnverifiableForm tipId={tip.id} version={tip.version} />
        </section>
      )}
      {actions.includes("OPEN_CASE") && (
        <section aria-labelledby="tip-open-case" className="space-y-2">
          <h2 id="tip-open-case" className="font-semibold">
            据此举报登记整治对象（企业不在台账中）
          </h2>
          <RegisterCaseForm
            outcomes={await listOutcomes(districtOf(user))}
            policyBases={await listPolicyBases(districtOf(user))}
            outsideTarget={await listOutsideTargetCategories(user, (await getCurrentCampaign(user)).id)}
            tip={{ id: tip.id, version: tip.version, enterpriseName: tip.enterpriseName, address: tip.address }}
          />
        </section>
      )}
    </div>
  );
}

async function AssignSection({ tip }: { tip: TipDetail }) {
  const [{ units, departments }, matches] = await Promise.all([
    listUnitsAndDepartments(tip.districtId),
    findLedgerMatches(tip.districtId, tip.enterpriseName),
  ]);
  return (
    <section aria-labelledby="tip-assign" className={box}>
      <h2 id="tip-assign" className="mb-2 font-semibold">
        {tip.status === "RECEIVED" ? "交办" : "重新交办"}
      </h2>
      <TipAssignForm
        tipId={tip.id}
        version={tip.version}
        units={units}
        departments={departments}
        matches={matches.map((m) => ({
          id: m.id,
          name: m.name,
          detail: `${m.unit.name}，${m.creditCode ?? "无信用代码"}`,
        }))}
        initial={{
          unitId: tip.unit?.id ?? tip.reportedUnitId,
          departmentId: tip.department?.id ?? null,
          deadline: dateInputValue(tip.deadline),
          enterpriseId: tip.enterpriseId,
        }}
      />
    </section>
  );
}
