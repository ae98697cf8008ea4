import { AcknowledgeButton, FollowUpButton } from "@/components/supervision/notice-buttons";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { formatDate, formatDateTime, formatPercent } from "@/lib/format";
import { type FrozenFigures, isFollowUpDue } from "@/lib/supervision/rules";
import type { NoticeRow } from "@/server/supervision/list-notices";

const KIND = { CIRCULAR: "通报", INTERVIEW: "约谈" } as const;

type Frozen = FrozenFigures["units"][number]["figures"]["ELIMINATION"];
const share = (f: Frozen) => (f.target === null ? "/" : `${f.accepted}/${f.target}（${formatPercent(f.completion)}）`);

/** 通报 and 约谈 with who has acknowledged them; a township acknowledges its own, the office marks follow-ups done. */
export function NoticeList({
  notices,
  canAcknowledge,
  canFollowUp,
  now,
  documentHref = (id) => `/api/documents/notices/${id}`,
}: {
  notices: NoticeRow[];
  canAcknowledge: boolean;
  canFollowUp: boolean;
  now: Date;
  /** Where a record's .docx downloads (the city's drill-down serves it through its own route). */
  documentHref?: (id: string) => string;
}) {
  if (notices.length === 0) return <EmptyState>暂无通报或约谈记录。</EmptyState>;
  return (
    <ul className="space-y-3">
      {notices.map((n) => {
        const figures = n.figures as FrozenFigures | null;
        const due = isFollowUpDue(n, now);
        return (
          <Card
            key={n.id}
            as="li"
            id={`notice-${n.id}`}
            className="scroll-mt-20 text-sm"
            data-testid={`notice-${n.kind}`}
          >
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={n.kind === "CIRCULAR" ? "warning" : "purple"}>{KIND[n.kind]}</Badge>
              <h3 className="font-semibold">{n.title}</h3>
              {n.referenceNo && (
                <span data-testid="reference-no" className="text-slate-700">
                  {n.referenceNo}
                </span>
              )}
              <span className="text-slate-500">
                {formatDate(n.date)}
                {n.startTime && ` ${n.startTime}`} · {n.issuedBy.displayName}
              </span>
              <a href={documentHref(n.id)} download className={linkClass()}>
                下载{n.kind === "CIRCULAR" ? "通报" : "约谈记录"}（Word）
              </a>
              {due && <Badge tone="danger">跟踪复查已到期</Badge>}
            </div>
            {n.documentSha256 && (
              <p className="mt-1 text-xs break-all text-slate-500" data-testid="document-hash">
                文件已定稿{n.dataDate ? `，数据截至 ${formatDate(n.dataDate)}` : ""}，SHA-256：{n.documentSha256}
              </p>
            )}
            {n.place && <p className="mt-1">约谈地点：{n.place}</p>}
            {n.participants && <p className="mt-1">参加人员：{n.participants}</p>}
            <p className="mt-1 whitespace-pre-wrap">
              {n.kind === "INTERVIEW" ? "指出的问题：" : ""}
              {n.body}
            </p>
            {n.commitments && <p className="mt-1 whitespace-pre-wrap">整改承诺：{n.commitments}</p>}
            {n.followUpDate && (
              <p className="mt-1">
                跟踪复查日期：{formatDate(n.followUpDate)}
                {n.followUpDoneAt && `（已于 ${formatDate(n.followUpDoneAt)} 复查）`}
              </p>
            )}
            {figures && (
              <details className="mt-2">
                <summary className="cursor-pointer text-brand-700">
                  {n.dataDate
                    ? `数据截至 ${formatDate(n.dataDate)} 的进度（序时进度 ${formatPercent(figures.elapsed)}）`
                    : `通报时的进度（${formatDateTime(new Date(figures.at))}，序时进度 ${formatPercent(figures.elapsed)}）`}
                </summary>
                <ul className="mt-1 space-y-0.5">
                  {figures.units.map((u) => (
                    <li key={u.unitId}>
                      {u.name}：淘汰 {share(u.figures.ELIMINATION)}，整治 {share(u.figures.RECTIFICATION)}
                      {u.lagReason && <span className="text-amber-800"> · {u.lagReason}</span>}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
              {n.units.map((u) => (
                <li key={u.unitId} className="inline-flex items-center gap-2">
                  {u.unit.name}：
                  {u.acknowledgedAt ? (
                    <span className="text-green-700">
                      已确认（{u.acknowledgedBy?.displayName}，{formatDateTime(u.acknowledgedAt)}）
                    </span>
                  ) : (
                    <span className="text-amber-800">未确认</span>
                  )}
                  {canAcknowledge && !u.acknowledgedAt && <AcknowledgeButton noticeId={n.id} />}
                </li>
              ))}
            </ul>
            {canFollowUp && n.kind === "INTERVIEW" && !n.followUpDoneAt && (
              <div className="mt-2">
                <FollowUpButton noticeId={n.id} />
              </div>
            )}
          </Card>
        );
      })}
    </ul>
  );
}
