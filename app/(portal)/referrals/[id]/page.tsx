import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { StatusBadge } from "@/components/cases/status-badge";
import { FileList } from "@/components/file-list";
import { AnswerForm } from "@/components/referrals/answer-form";
import { OpinionView } from "@/components/referrals/opinion-view";
import { Link } from "@/components/ui/app-link";
import { Card } from "@/components/ui/card";
import { BackLink, linkClass } from "@/components/ui/link";
import { canSee } from "@/lib/areas";
import { evidenceLabel } from "@/lib/cases/evidence-labels";
import { formatDate, formatDateTime } from "@/lib/format";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import { categoryLabel, dimensionLabel, disposalPathLabel, industryLabel } from "@/lib/labels";
import { mayAnswer, mayWithdraw } from "@/lib/referrals/rules";
import { requireArea } from "@/server/areas";
import { getReferral } from "@/server/referrals/read-referrals";

export const metadata: Metadata = { title: "专家咨询" };

/**
 * One referral: the question, what was referred (the case's essentials and evidence, read-only, or
 * the finding and its files) and the opinion — the expert writes it here, once.
 */
export default async function ReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("referrals");
  const r = await getReferral(user, (await params).id);
  if (!r) notFound();
  const c = r.case;
  const answering = mayAnswer(user, r).ok;
  const kinds = c ? [...new Set<EvidenceKind>(c.evidence.map((e) => e.kind))] : [];

  return (
    <div className="space-y-5">
      <BackLink href="/referrals">专家咨询</BackLink>
      <header className="space-y-1">
        <h1 className="text-xl font-semibold">{c ? c.enterprise.name : `${r.unit.name}·监督检查问题`}</h1>
        <p className="text-sm text-slate-600">
          {r.department?.name ?? "区工强办"} {r.referredBy.displayName} 咨询于 {formatDateTime(r.referredAt)}
        </p>
      </header>

      <Card aria-labelledby="question-title">
        <h2 id="question-title" className="font-semibold">
          咨询的问题
        </h2>
        <p className="mt-1 whitespace-pre-wrap">{r.question}</p>
      </Card>

      {c && (
        <Card aria-labelledby="case-title" className="space-y-1 text-sm">
          <h2 id="case-title" className="flex items-center gap-2 font-semibold">
            整治对象基本情况 <StatusBadge status={c.status} />
          </h2>
          <p>
            {r.unit.name} · {categoryLabel[c.category]} · {industryLabel[c.enterprise.industry]} ·{" "}
            <span className="font-mono">{c.enterprise.creditCode ?? "无统一社会信用代码"}</span>
          </p>
          {c.enterprise.address && <p>地址：{c.enterprise.address}</p>}
          <p>
            {c.disposalPath && <>处置方式：{disposalPathLabel[c.disposalPath]} · </>}
            {c.outcome && <>整治结果：{c.outcome.name} · </>}
            涉及方面：{c.dimensions.map((d) => dimensionLabel[d]).join("、") || "—"}
            {c.deadline && <> · 期限：{formatDate(c.deadline)}</>}
          </p>
          {c.category === "ELIMINATION" && (
            <p>政策依据：{c.policyBasis?.name ?? (c.policyBasisOther ? `其他：${c.policyBasisOther}` : "未填写")}</p>
          )}
        </Card>
      )}

      {c && (
        <Card aria-labelledby="evidence-title">
          <h2 id="evidence-title" className="font-semibold">
            佐证材料（只读）
          </h2>
          {kinds.length === 0 ? (
            <p className="mt-1 text-sm text-slate-500">该整治对象尚无佐证材料。</p>
          ) : (
            kinds.map((k) => (
              <FileList
                key={k}
                title={evidenceLabel(k, c)}
                files={c.evidence.filter((e) => e.kind === k)}
                base="/api/evidence"
              />
            ))
          )}
        </Card>
      )}

      {r.finding && (
        <Card aria-labelledby="finding-title" className="space-y-1 text-sm">
          <h2 id="finding-title" className="font-semibold">
            监督检查发现的问题
          </h2>
          <p className="text-slate-600">
            {r.finding.round.title} · {r.unit.name} · 记录于 {formatDate(r.finding.recordedAt)} · 整改期限{" "}
            {formatDate(r.finding.dueDate)}
          </p>
          <p className="whitespace-pre-wrap">
            <span className="text-slate-500">问题：</span>
            {r.finding.problem}
          </p>
          <p className="whitespace-pre-wrap">
            <span className="text-slate-500">整改要求：</span>
            {r.finding.requirement}
          </p>
          <FileList title="检查照片、材料" files={r.finding.files} base="/api/referrals/finding-files" />
        </Card>
      )}

      <Card aria-labelledby="opinion-title" className="space-y-3">
        <h2 id="opinion-title" className="font-semibold">
          专家意见
        </h2>
        {answering ? (
          <>
            <FileList
              title="已上传的附件"
              files={r.files}
              base="/api/referrals/files"
              removable={{ kind: "opinion", version: r.version, ids: r.files.map((f) => f.id) }}
            />
            <AnswerForm referralId={r.id} version={r.version} />
          </>
        ) : (
          <OpinionView r={r} withdrawable={mayWithdraw(user, r).ok} />
        )}
        {c && canSee(user.role, "cases") && (
          <p className="text-sm">
            <Link href={`/cases/${c.id}`} className={linkClass()}>
              打开整治对象页面 →
            </Link>
          </p>
        )}
      </Card>
    </div>
  );
}
