"use client";
// A dashboard chart and its data table drawn in the browser from one copy of the data (the spec): the
// table's rows are not sent a second time as a server-rendered RSC tree (components/dashboard/chart-figure.tsx).
import { FigureLink } from "@/components/ui/figure-link";
import { Table } from "@/components/ui/table";

import type { ChartSpec } from "./chart-spec";
import { LazyChart } from "./lazy-chart";

type Props = {
  id: string;
  title: string;
  spec: ChartSpec;
  /** Per data row, where each series' number in the table leads (the filtered case list), if anywhere. */
  links?: Partial<Record<string, string>>[];
};

function cell(value: string | number | null) {
  return value === null ? "—" : typeof value === "number" ? String(Math.round(value * 100) / 100) : value;
}

/** A chart with its data as a table: the drawing is hidden from screen readers, the table is not. */
export function ChartFigureView({ id, title, spec, links }: Props) {
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-3"
    >
      <figcaption id={`${id}-title`} className="mb-2 text-sm font-semibold">
        {title}
      </figcaption>
      <div aria-hidden="true" data-testid={`${id}-chart`}>
        {spec.data.length === 0 ? (
          <p className="py-8 text-center text-sm text-slate-500">暂无数据</p>
        ) : (
          <LazyChart spec={spec} />
        )}
      </div>
      <details className="mt-2 text-sm">
        <summary className="no-print cursor-pointer text-brand-700">查看数据表</summary>
        <div className="mt-2">
          <Table
            bare
            dense
            caption={`${title}（数据表）`}
            className="[&_td]:text-right [&_td]:tabular-nums [&_td_a]:text-brand-700 [&_td_a]:underline max-sm:[&_td_a]:inline-flex max-sm:[&_td_a]:min-h-11 max-sm:[&_td_a]:min-w-11 max-sm:[&_td_a]:items-center max-sm:[&_td_a]:ml-auto max-sm:[&_td_a]:justify-end [&_tbody_th]:text-left [&_tbody_th]:font-normal"
          >
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col">{spec.categoryLabel}</th>
                {spec.series.map((s) => (
                  <th key={s.key} scope="col" className="text-right">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {spec.data.map((row, i) => (
                <tr key={i}>
                  <th scope="row">
                    {cell(row[spec.categoryKey])}
                    {spec.noteKey && typeof row[spec.noteKey] === "string" && `（${row[spec.noteKey]}）`}
                  </th>
                  {spec.series.map((s) => {
                    const href = links?.[i]?.[s.key];
                    const text = cell(row[s.key]);
                    return (
                      <td key={s.key} data-label={s.label}>
                        {href && typeof row[s.key] === "number" ? (
                          <FigureLink href={href} figure={row[s.key] as number} className="">
                            {text}
                          </FigureLink>
                        ) : (
                          text
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      </details>
    </figure>
  );
}
