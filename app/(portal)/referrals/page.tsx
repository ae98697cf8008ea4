import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { STATE_BADGE } from "@/components/referrals/opinion-view";
import { Card, EmptyState } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { pageParam } from "@/lib/fields";
import { withQuery } from "@/lib/href";
import { categoryLabel, expertConclusionLabel } from "@/lib/labels";
import type { ReferralState } from "@/lib/referrals/rules";
import { requireArea } from "@/server/areas";
import { listReferrals } from "@/server/referrals/read-referrals";
import { answersReferrals, worksInRemit } from "@/lib/rights";

export const metadata: Metadata = { title: "专家咨询" };

const TABS: Record<ReferralState, string> = { OPEN: "待答复", ANSWERED: "已答复", WITHDRAWN: "已撤回" };

export default async function ReferralsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("referrals");
  const params = await searchParams;
  const tabs = (Object.keys(TABS) as ReferralState[]).filter((s) => !answersReferrals(user) || s !== "WITHDRAWN");
  const raw = Array.isArray(params.state) ? params.state[0] : params.state;
  const state = tabs.find((s) => s === raw) ?? "OPEN";
  const list = await listReferrals(user, state, pageParam(params.page));
  const href = (page: number) => withQuery("/referrals", { state: state === "OPEN" ? null : state, page });
  const title = answersReferrals(user) ? "专家咨询（请您答复的问题）" : worksInRemit(user) ? `专家咨询（${user.department?.name ?? "本部门"}发出的）` : "专家咨询（全区）";

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{title}</h1>
      {!answersReferrals(user) && (
        <p className="text-sm text-slate-600">在案件页“专家意见”中咨询行业专家；专家只能看到咨询的问题、该案件的基本情况和佐证材料。</p>
      )}
      <nav aria-label="咨询状态" className="flex gap-2 text-sm">
        {tabs.map((s) => (
          <Link key={s} href={withQuery("/referrals", { state: s === "OPEN" ? null : s })} aria-current={s === state ? "page" : undefined}
            className={`rounded px-3 py-1 ${s === state ? "bg-brand-600 text-white" : "border border-slate-300 bg-white hover:bg-slate-50"}`}>
            {TABS[s]}（{list.counts[s]}）
          </Link>
        ))}
      </nav>
      {list.rows.length === 0 ? <EmptyState>{state === "OPEN" ? "没有待答复的咨询。" : `没有${TABS[state]}的咨询。`}</EmptyState> : (
        <Card padding="none" className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">专家咨询列表</caption>
            <thead className="bg-slate-50 text-left">
              <tr>
                <th className="px-3 py-2">咨询对象</th><th className="px-3 py-2">问题</th>
                <th className="px-3 py-2">{answersReferrals(user) ? "咨询单位" : "专家"}</th>
                <th className="px-3 py-2">咨询时间</th><th className="px-3 py-2">状态</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.rows.map((r) => (
                <tr key={r.id} className="align-top">
                  <td className="px-3 py-2">
                    <Link href={`/referrals/${r.id}`} className="font-medium text-brand-700 hover:underline">
                      {r.case ? r.case.enterprise.name : `${r.unit.name}·监督检查问题`}
                    </Link>
                    <span className="block text-xs text-slate-500">{r.unit.name}{r.case && ` · ${categoryLabel[r.case.category]}`}</span>
                  </td>
                  <td className="max-w-md px-3 py-2"><p className="line-clamp-2 whitespace-pre-wrap">{r.question}</p></td>
                  <td className="px-3 py-2">
                    {answersReferrals(user) ? (r.department?.name ?? "区工强办") : <>{r.expert.displayName}<span className="block text-xs text-slate-500">{r.expert.organisation}</span></>}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.referredAt)}</td>
                  <td className="px-3 py-2">
                    <span className={`rounded px-2 py-0.5 text-xs ${STATE_BADGE[state].className}`}>{STATE_BADGE[state].label}</span>
                    {r.conclusion && state === "ANSWERED" && <span className="block text-xs">{expertConclusionLabel[r.conclusion]}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <Pagination page={list.page} pages={list.pages} total={list.total} href={href} label="咨询分页" />
    </div>
  );
}
