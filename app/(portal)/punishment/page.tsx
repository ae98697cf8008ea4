import type { Metadata } from "next";

import { StatusBadge } from "@/components/cases/status-badge";
import { Pagination } from "@/components/pagination";
import { ConfirmPunishmentButton } from "@/components/punishment/confirm-button";
import { Link } from "@/components/ui/app-link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { pageParam } from "@/lib/fields";
import { formatDate } from "@/lib/format";
import { withQuery } from "@/lib/href";
import { candidateStandingLabel } from "@/lib/labels";
import { isAfterDeadline } from "@/lib/punishment/joint-punishment";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { listPunishmentCandidates } from "@/server/punishment/list-punishment-candidates";

export const metadata: Metadata = { title: "联合惩戒名单" };

export default async function PunishmentPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("punishment");
  const campaign = await getCurrentCampaign(user);
  const page = pageParam((await searchParams).page);
  const { rows, total, confirmed, missingCode, pages, provisional, snapshotTakenAt } = await listPunishmentCandidates(
    user,
    campaign,
    page,
  );
  const passed = isAfterDeadline(campaign.deadline, new Date());

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">
        {campaign.year}年度联合惩戒名单{provisional && "（临时）"}
      </h1>
      {provisional ? (
        <p
          role="note"
          data-testid="provisional"
          className="rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900"
        >
          <strong>临时名单</strong>：
          {passed
            ? `工作截止日 ${formatDate(campaign.deadline)} 已过，截止日状态记录尚未生成（由定时任务生成）`
            : `工作截止日为 ${formatDate(campaign.deadline)}，尚未到期`}
          ，以下按整治对象当前状态列出尚未完成验收的整治对象，仅供提前督促，暂不能确认列入。
        </p>
      ) : (
        <p className="text-sm text-slate-700">
          按工作截止日 {formatDate(campaign.deadline)} 的办理状态（{formatDate(snapshotTakenAt)}{" "}
          记录）判定：截止日未完成验收的整治对象 <strong>{total}</strong> 件，已确认列入{" "}
          <strong data-testid="confirmed-count">{confirmed}</strong>{" "}
          件。截止日当天已上报待验收、被退回或仍在整治的均列入，并注明当天的状态；截止日后才完成的仍列入并标注“逾期完成”。
          逐条核实后确认；导出只含已确认的条目。
        </p>
      )}
      {missingCode > 0 && (
        <p
          role="note"
          data-testid="missing-credit-codes"
          className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900"
        >
          名单中有 <strong>{missingCode}</strong> 家企业（作坊）<strong>缺统一社会信用代码</strong>
          ，报送信用信息平台前请补全：打开整治对象，在“更正企业属地或信用代码”中填写。导出时这些条目的代码一栏标注“缺统一社会信用代码”，不会留空。
        </p>
      )}
      <div className="flex flex-wrap gap-3 text-sm">
        <a href="/api/exports/joint-punishment" className={buttonClass({ variant: "secondary", size: "sm" })}>
          导出已确认名单（Excel）
        </a>
        <a
          href="/api/exports/joint-punishment?format=csv"
          className={buttonClass({ variant: "secondary", size: "sm" })}
        >
          导出已确认名单（CSV，报送信用信息平台）
        </a>
      </div>
      {rows.length === 0 ? (
        <EmptyState>
          {provisional ? "目前没有未完成验收的整治对象。" : "所有整治对象均在截止日前验收，无需列入。"}
        </EmptyState>
      ) : (
        <Table caption="联合惩戒候选名单" className="min-w-[56rem]">
          <THead className="bg-slate-50">
            <Th>企业（作坊）</Th>
            <Th>统一社会信用代码</Th>
            <Th>单位</Th>
            <Th>截止日状态</Th>
            <Th>当前</Th>
            <Th>列入理由</Th>
            <Th>确认</Th>
          </THead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link href={`/cases/${r.id}`} className={linkClass()}>
                    {r.enterprise.name}
                  </Link>
                </Td>
                <Td label="信用代码" className="font-mono">
                  {r.missingCreditCode ? (
                    <Link href={`/cases/${r.id}`} aria-label={`${r.enterprise.name}缺统一社会信用代码，去补全`}>
                      <Badge tone="danger" data-testid="missing-credit-code">
                        缺统一社会信用代码·待补全
                      </Badge>
                    </Link>
                  ) : (
                    r.enterprise.creditCode
                  )}
                </Td>
                <Td label="单位">{r.unit.name}</Td>
                <Td label="截止日状态">
                  <StatusBadge status={r.statusAtDeadline} />
                </Td>
                <Td label="当前">
                  <StatusBadge status={r.status} />
                  {!provisional && (
                    <span
                      className={`ml-1 text-xs ${r.standing === "FINISHED_LATE" ? "text-green-700" : "text-red-700"}`}
                    >
                      {candidateStandingLabel[r.standing]}
                    </span>
                  )}
                </Td>
                <Td label="列入理由">{r.reason}</Td>
                <Td label="确认">
                  {r.punishment ? (
                    <span className="text-green-700">
                      已确认（{r.punishment.confirmedBy.displayName}，{formatDate(r.punishment.confirmedAt)}）
                    </span>
                  ) : provisional ? (
                    <span className="text-slate-500">待截止日后确认</span>
                  ) : (
                    <ConfirmPunishmentButton caseId={r.id} enterprise={r.enterprise.name} />
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pages={pages} total={total} href={(p) => withQuery("/punishment", { page: p })} />
    </div>
  );
}
