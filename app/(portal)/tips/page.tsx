import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { Card, EmptyState } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { TipKind, TipStatus } from "@/lib/generated/prisma/enums";
import { pageParam } from "@/lib/fields";
import { withQuery } from "@/lib/href";
import { tipOutcomeLabel, tipStatusLabel } from "@/lib/labels";
import { tipKindLabel } from "@/lib/tips/workflow";
import { requireArea } from "@/server/areas";
import { listTips } from "@/server/tips/list-tips";

export const metadata: Metadata = { title: "举报" };

export default async function TipsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("tips");
  const sp = await searchParams;
  const status = typeof sp.status === "string" && sp.status in TipStatus ? (sp.status as TipStatus) : undefined;
  const kind = typeof sp.kind === "string" && sp.kind in TipKind ? (sp.kind as TipKind) : undefined;
  const page = pageParam(sp.page);
  const { rows, total, pages } = await listTips(user, status, page, kind);
  const href = (s: TipStatus | undefined, p = 1, k: TipKind | undefined = kind) => withQuery("/tips", { status: s, kind: k, page: p });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">{user.role === "OFFICE" || user.role === "LEADER" ? "举报受理" : "交办本单位核查的举报"}</h1>
        <Link href="/tip" className="text-sm text-brand-700 hover:underline">公众举报页面</Link>
      </div>
      <nav aria-label="按状态筛选" className="flex flex-wrap gap-2 text-sm">
        {[undefined, ...Object.values(TipStatus)].map((s) => (
          <Link key={s ?? "all"} href={href(s, 1)} aria-current={s === status ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${s === status ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-300 bg-white"}`}>
            {s ? tipStatusLabel[s] : "全部"}
          </Link>
        ))}
      </nav>
      <nav aria-label="按举报类型筛选" className="flex flex-wrap gap-2 text-sm">
        {[undefined, ...Object.values(TipKind)].map((k) => (
          <Link key={k ?? "all"} href={href(status, 1, k)} aria-current={k === kind ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${k === kind ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-300 bg-white"}`}>
            {k ? tipKindLabel[k] : "全部类型"}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState>暂无举报。</EmptyState>
      ) : (
        <Card as="div" padding="none" className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">举报列表</caption>
            <thead className="bg-slate-50 text-left">
              <tr><th className="px-3 py-2">受理编号</th><th className="px-3 py-2">企业（作坊）</th><th className="px-3 py-2">类型</th><th className="px-3 py-2">状态</th><th className="px-3 py-2">承办</th><th className="px-3 py-2">核查期限</th><th className="px-3 py-2">受理日期</th></tr>
            </thead>
            <tbody>
              {rows.map((t) => (
                <tr key={t.id} className="border-t border-slate-100">
                  <td className="px-3 py-2 font-mono"><Link href={`/tips/${t.id}`} className="text-brand-700 hover:underline">{t.reference}</Link></td>
                  <td className="px-3 py-2">{t.enterpriseName || "名称不详"}<span className="block text-xs text-slate-500">{t.address}</span></td>
                  <td className="px-3 py-2">{tipKindLabel[t.kind]}</td>
                  <td className="px-3 py-2">{tipStatusLabel[t.status]}{t.outcome && `（${tipOutcomeLabel[t.outcome]}）`}</td>
                  <td className="px-3 py-2">{[t.unit?.name, t.department?.name].filter(Boolean).join("、") || "—"}</td>
                  <td className="px-3 py-2">{formatDate(t.deadline)}</td>
                  <td className="px-3 py-2">{formatDate(t.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <Pagination page={page} pages={pages} total={total} href={(p) => href(status, p)} />
    </div>
  );
}
