import type { Metadata } from "next";

import { Pagination } from "@/components/pagination";
import { Link } from "@/components/ui/app-link";
import { EmptyState } from "@/components/ui/card";
import { chipClass, linkClass } from "@/components/ui/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { pageParam } from "@/lib/fields";
import { formatDate } from "@/lib/format";
import { TipKind, TipStatus } from "@/lib/generated/prisma/enums";
import { withQuery } from "@/lib/href";
import { tipKindLabel, tipOutcomeLabel, tipStatusLabel } from "@/lib/labels";
import { readsWholeDistrict } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { listTips } from "@/server/tips/list-tips";

export const metadata: Metadata = { title: "举报" };

export default async function TipsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("tips");
  const sp = await searchParams;
  const status = typeof sp.status === "string" && sp.status in TipStatus ? (sp.status as TipStatus) : undefined;
  const kind = typeof sp.kind === "string" && sp.kind in TipKind ? (sp.kind as TipKind) : undefined;
  const page = pageParam(sp.page);
  const { rows, total, pages } = await listTips(user, status, page, kind);
  const href = (s: TipStatus | undefined, p = 1, k: TipKind | undefined = kind) =>
    withQuery("/tips", { status: s, kind: k, page: p });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">{readsWholeDistrict(user) ? "举报受理" : "交办本单位核查的举报"}</h1>
        <Link href="/tip" className={linkClass({ className: "text-sm" })}>
          公众举报页面
        </Link>
      </div>
      <nav aria-label="按状态筛选" className="flex flex-wrap gap-2 text-sm">
        {[undefined, ...Object.values(TipStatus)].map((s) => (
          <Link
            key={s ?? "all"}
            href={href(s, 1)}
            aria-current={s === status ? "page" : undefined}
            className={chipClass(s === status)}
          >
            {s ? tipStatusLabel[s] : "全部"}
          </Link>
        ))}
      </nav>
      <nav aria-label="按举报类型筛选" className="flex flex-wrap gap-2 text-sm">
        {[undefined, ...Object.values(TipKind)].map((k) => (
          <Link
            key={k ?? "all"}
            href={href(status, 1, k)}
            aria-current={k === kind ? "page" : undefined}
            className={chipClass(k === kind)}
          >
            {k ? tipKindLabel[k] : "全部类型"}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState>暂无举报。</EmptyState>
      ) : (
        <Table caption="举报列表" className="min-w-[48rem]">
          <THead className="bg-slate-50">
            <Th>受理编号</Th>
            <Th>企业（作坊）</Th>
            <Th>类型</Th>
            <Th>状态</Th>
            <Th>承办</Th>
            <Th>核查期限</Th>
            <Th>受理日期</Th>
          </THead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.id}>
                <Td label="受理编号" className="font-mono">
                  <Link href={`/tips/${t.id}`} className={linkClass()}>
                    {t.reference}
                  </Link>
                </Td>
                <Td label="企业（作坊）">
                  {t.enterpriseName || "名称不详"}
                  <span className="block text-xs text-slate-500">{t.address}</span>
                </Td>
                <Td label="类型">{tipKindLabel[t.kind]}</Td>
                <Td label="状态">
                  {tipStatusLabel[t.status]}
                  {t.outcome && `（${tipOutcomeLabel[t.outcome]}）`}
                </Td>
                <Td label="承办">{[t.unit?.name, t.department?.name].filter(Boolean).join("、") || "—"}</Td>
                <Td label="核查期限" nowrap>
                  {formatDate(t.deadline)}
                </Td>
                <Td label="受理日期" nowrap>
                  {formatDate(t.createdAt)}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pages={pages} total={total} href={(p) => href(status, p)} />
    </div>
  );
}
