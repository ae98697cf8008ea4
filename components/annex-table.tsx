import Link from "next/link";
import { formatQuota, type AnnexRow, type QuotaCell } from "@/lib/annex";
import { categoryLabel } from "@/lib/labels";

type Props = {
  rows: AnnexRow[];
  district?: Record<keyof AnnexRow["quotas"], QuotaCell>;
  linkUnits?: boolean;
};

/** 目标任务分解表 as in the source document: unit rows, then the computed district row. */
export function AnnexTable({ rows, district, linkUnits = false }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[28rem] text-sm">
        <caption className="sr-only">目标任务分解表（“/”表示无该项任务）</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">镇（乡）、街道和园区</th>
            <th scope="col" className="px-3 py-2 text-right">{categoryLabel.ELIMINATION}涉及企业数（家）</th>
            <th scope="col" className="px-3 py-2 text-right">整治提升“低散乱”企业（作坊）数（家）</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unitId} className="border-t border-slate-100">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {linkUnits ? <Link href={`/units/${r.unitId}`} className="text-brand-700 hover:underline">{r.name}</Link> : r.name}
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{formatQuota(r.quotas.ELIMINATION)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatQuota(r.quotas.RECTIFICATION)}</td>
            </tr>
          ))}
        </tbody>
        {district && (
          <tfoot>
            <tr className="border-t-2 border-slate-300 bg-slate-50 font-semibold">
              <th scope="row" className="px-3 py-2 text-left">全区</th>
              <td className="px-3 py-2 text-right tabular-nums" data-testid="district-elimination">{formatQuota(district.ELIMINATION)}</td>
              <td className="px-3 py-2 text-right tabular-nums" data-testid="district-rectification">{formatQuota(district.RECTIFICATION)}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
