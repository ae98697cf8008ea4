import type { Metadata } from "next";

import { Pagination } from "@/components/pagination";
import { ReferralStateBadge } from "@/components/referrals/opinion-view";
import { Link } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import { pageParam } from "@/lib/fields";
import { formatDateTime } from "@/lib/format";
import { withQuery } from "@/lib/href";
import { categoryLabel, expertConclusionLabel } from "@/lib/labels";
import type { ReferralState } from "@/lib/referrals/rules";
import { answersReferrals, worksInRemit } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { listReferrals } from "@/server/referrals/read-referrals";

export const metadata: Metadata = { title: "专家咨询" };

const TABS: Record<ReferralState, string> = { OPEN: "待答复", ANSWERED: "已答复", WITHDRAWN: "已撤回" };

export default async function ReferralsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("referrals");
  const params = await searchParams;
  const tabs = (Object.keys(TABS) as ReferralState[]).filter((s) => !answersReferrals(user) || s !== "WITHDRAWN");
  const raw = Array.isArray(params.state) ? params.state[0] : params.state;
  const state = tabs.find((s) => s === raw) ?? "OPEN";
  const list = await listReferrals(user, state, pageParam(params.page));
  const href = (page: number) => withQuery("/referrals", { state: state === "OPEN" ? null : state, page });
  const title = answersReferrals(user)
    ? "专家咨询（请您答复的问题）"
    : worksInRemit(user)
      ? `专家咨询（${user.department?.name ?? "本部门"}发出的）`
      : "专家咨询（全区）";

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{title}</h1>
      {!answersReferrals(user) && (
        <p className="text-sm text-slate-600">
          在整治对象页面“专家意见”中咨询行业专家；专家只能看到咨询的问题、该整治对象的基本情况和佐证材料。
        </p>
      )}
      <nav aria-label="咨询状态" className="flex gap-2 text-sm">
        {tabs.map((s) => (
          <Link
            key={s}
            href={withQuery("/referrals", { state: s === "OPEN" ? null : s })}
            aria-current={s === state ? "page" : undefined}
            className={buttonClass({ variant: s === state ? "primary" : "secondary", size: "sm" })}
          >
            {TABS[s]}（{list.counts[s]}）
          </Link>
        ))}
      </nav>
      {list.rows.length === 0 ? (
        <EmptyState>{state === "OPEN" ? "没有待答复的咨询。" : `没有${TABS[state]}的咨询。`}</EmptyState>
      ) : (
        <Table caption="专家咨询列表" className="min-w-[44rem]">
          <thead className="bg-slate-50 text-left">
            <tr>
              <Th>咨询对象</Th>
              <Th>问题</Th>
              <th className="px-3 py-2">{answersReferrals(user) ? "咨询单位" : "专家"}</th>
              <Th>咨询时间</Th>
              <Th>状态</Th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((r) => (
              <tr key={r.id} className="align-top">
                <Td>
                  <Link href={`/referrals/${r.id}`} className={linkClass({ className: "font-medium" })}>
                    {r.case ? r.case.enterprise.name : `${r.unit.name}·监督检查问题`}
                  </Link>
                  <span className="block text-xs text-slate-500">
                    {r.unit.name}
                    {r.case && ` · ${categoryLabel[r.case.category]}`}
                  </span>
                </Td>
                <Td label="问题" className="max-w-md">
                  <p className="line-clamp-2 whitespace-pre-wrap">{r.question}</p>
                </Td>
                <Td label="专家 / 咨询单位">
                  {answersReferrals(user) ? (
                    (r.department?.name ?? "区工强办")
                  ) : (
                    <>
                      {r.expert.displayName}
                      <span className="block text-xs text-slate-500">{r.expert.organisation}</span>
                    </>
                  )}
                </Td>
                <Td label="咨询时间" nowrap>
                  {formatDateTime(r.referredAt)}
                </Td>
                <Td label="状态">
                  <ReferralStateBadge state={state} />
                  {r.conclusion && state === "ANSWERED" && (
                    <span className="block text-xs">{expertConclusionLabel[r.conclusion]}</span>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={list.page} pages={list.pages} total={list.total} href={href} label="咨询分页" />
    </div>
  );
}
