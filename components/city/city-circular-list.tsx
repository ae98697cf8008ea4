import { AcknowledgeCityCircularButton } from "@/components/city/city-circular-buttons";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import type { CityFrozenFigures, FrozenDistrictCell } from "@/lib/documents/city-circular";
import { formatDate, formatDateTime, formatPercent } from "@/lib/format";
import type { CityCircularRow, DistrictCityCircularRow } from "@/server/city/circulars";

const share = (f: FrozenDistrictCell) =>
  f.target === null ? "/" : `${f.accepted}/${f.target}（${formatPercent(f.completion)}）`;

const documentHref = (id: string) => `/api/documents/city-circulars/${id}`;

function Figures({ figures, dataDate }: { figures: CityFrozenFigures; dataDate: Date }) {
  if (figures.districts.length === 0) return null;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-brand-700">数据截至 {formatDate(dataDate)} 的进度</summary>
      <ul className="mt-1 space-y-0.5">
        {figures.districts.map((d) => (
          <li key={d.districtId}>
            {d.name}：淘汰 {share(d.figures.ELIMINATION)}，整治 {share(d.figures.RECTIFICATION)}（序时进度{" "}
            {formatPercent(d.elapsed)}）{d.lagReason && <span className="text-amber-800"> · {d.lagReason}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The city 通报 as the city office and leader read them: each named district's 签收. */
export function CityCircularList({ circulars }: { circulars: CityCircularRow[] }) {
  if (circulars.length === 0) return <EmptyState>暂无市级通报。</EmptyState>;
  return (
    <ul className="space-y-3">
      {circulars.map((n) => (
        <Card key={n.id} as="li" className="text-sm" data-testid="city-circular">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone="warning">通报</Badge>
            <h3 className="font-semibold">{n.title}</h3>
            <span data-testid="reference-no" className="text-slate-700">
              {n.referenceNo}
            </span>
            <span className="text-slate-500">
              {formatDate(n.date)} · {n.issuedBy.displayName}
            </span>
            <a href={documentHref(n.id)} download className={linkClass()}>
              下载通报（Word）
            </a>
          </div>
          {n.documentSha256 && (
            <p className="mt-1 text-xs break-all text-slate-500" data-testid="document-hash">
              文件已定稿，数据截至 {formatDate(n.dataDate)}，SHA-256：{n.documentSha256}
            </p>
          )}
          <p className="mt-1 whitespace-pre-wrap">{n.body}</p>
          <Figures figures={n.figures as CityFrozenFigures} dataDate={n.dataDate} />
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            {n.districts.map((d) => (
              <li key={d.districtId}>
                {d.district.name}：
                {d.acknowledgedAt ? (
                  <span className="text-green-700">
                    已签收（{d.acknowledgedBy?.displayName}，{formatDateTime(d.acknowledgedAt)}）
                  </span>
                ) : (
                  <span className="text-amber-800">未签收</span>
                )}
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </ul>
  );
}

/** The city 通报 addressed to the district (its own copy): its office signs for each one. */
export function DistrictCityCircularList({
  rows,
  canAcknowledge,
}: {
  rows: DistrictCityCircularRow[];
  canAcknowledge: boolean;
}) {
  if (rows.length === 0) return <EmptyState>暂无市工强办对本区的通报。</EmptyState>;
  return (
    <ul className="space-y-3">
      {rows.map(({ circular: n, ...own }) => (
        <Card
          key={n.id}
          as="li"
          id={`city-circular-${n.id}`}
          className="scroll-mt-20 text-sm"
          data-testid="city-circular"
        >
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone="warning">市级通报</Badge>
            <h3 className="font-semibold">{n.title}</h3>
            <span data-testid="reference-no" className="text-slate-700">
              {n.referenceNo}
            </span>
            <span className="text-slate-500">
              {formatDate(n.date)} · {n.city.officeShortName}
            </span>
            <a href={documentHref(n.id)} download className={linkClass()}>
              下载通报（Word）
            </a>
          </div>
          {own.documentSha256 && (
            <p className="mt-1 text-xs break-all text-slate-500" data-testid="document-hash">
              文件已定稿，数据截至 {formatDate(n.dataDate)}，SHA-256：{own.documentSha256}
            </p>
          )}
          <p className="mt-1 whitespace-pre-wrap">{n.body}</p>
          <Figures figures={n.figures} dataDate={n.dataDate} />
          <p className="mt-2 inline-flex flex-wrap items-center gap-2">
            {own.acknowledgedAt ? (
              <span className="text-green-700">
                本区已签收（{own.acknowledgedBy?.displayName}，{formatDateTime(own.acknowledgedAt)}）
              </span>
            ) : (
              <span className="text-amber-800">本区未签收</span>
            )}
            {canAcknowledge && !own.acknowledgedAt && <AcknowledgeCityCircularButton circularId={n.id} />}
          </p>
        </Card>
      ))}
    </ul>
  );
}
