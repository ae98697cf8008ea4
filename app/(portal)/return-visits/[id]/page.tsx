import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { StatusBadge } from "@/components/cases/status-badge";
import { FileList } from "@/components/file-list";
import { FileUpload } from "@/components/file-upload";
import { RecordReturnVisitForm } from "@/components/return-visits/record-form";
import { Link } from "@/components/ui/app-link";
import { Card } from "@/components/ui/card";
import { BackLink, linkClass } from "@/components/ui/link";
import { beijingIsoDay } from "@/lib/dates";
import { formatDate, formatDateTime } from "@/lib/format";
import { disposalPathLabel, returnVisitResultLabel } from "@/lib/labels";
import { mayRecordReturnVisit } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { getReturnVisit } from "@/server/return-visits/get-return-visit";

export const metadata: Metadata = { title: "回访" };

export default async function ReturnVisitPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("returnVisits");
  const r = await getReturnVisit(user, (await params).id);
  if (!r) notFound();
  const canRecord = mayRecordReturnVisit(user, r);
  const today = beijingIsoDay(new Date());

  return (
    <div className="space-y-5">
      <BackLink href="/return-visits">回访</BackLink>
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold">回访：{r.case.enterprise.name}</h1>
          <StatusBadge status={r.case.status} />
        </div>
        <p className="text-sm text-slate-600">
          {r.unit.name} · {r.case.disposalPath ? disposalPathLabel[r.case.disposalPath] : (r.case.outcome?.name ?? "—")}{" "}
          · 验收时间 {formatDateTime(r.acceptedAt)} · 到期日 {formatDate(r.dueDate)} ·{" "}
          <Link href={`/cases/${r.case.id}`} className={linkClass({ inline: true })}>
            查看整治对象
          </Link>
        </p>
      </header>
      <Card aria-labelledby="visit-title">
        <h2 id="visit-title" className="font-semibold">
          回访记录
        </h2>
        {r.result ? (
          <div className="mt-2 space-y-1 text-sm">
            <p
              data-testid="return-visit-result"
              className={r.result === "RESUMED" ? "font-semibold text-red-700" : "text-green-700"}
            >
              {returnVisitResultLabel[r.result]}
            </p>
            <p>
              回访日期 {formatDate(r.visitedOn)} · {r.recordedBy?.displayName}（{formatDateTime(r.recordedAt)}）
            </p>
            {r.accompaniedBy && <p>属地陪同：{r.accompaniedBy}</p>}
            <p className="whitespace-pre-wrap">{r.note}</p>
          </div>
        ) : (
          <p className="mt-1 text-sm text-slate-500">
            尚未回访。回访由牵头部门或区工强办录入，属地镇（乡）街道可陪同。
          </p>
        )}
        <FileList title="现场照片" files={r.photos} base="/api/return-visits/photos" />
        {canRecord && (
          <div className="mt-3 space-y-3 border-t border-slate-100 pt-3">
            <FileUpload url={`/api/return-visits/${r.id}/photos`} label="上传现场照片" done="照片已上传" />
            <RecordReturnVisitForm id={r.id} version={r.version} today={today} />
          </div>
        )}
      </Card>
    </div>
  );
}
