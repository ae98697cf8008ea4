import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { StatusBadge } from "@/components/cases/status-badge";
import { DirectUploader } from "@/components/direct-uploader";
import { FileList } from "@/components/file-list";
import { AnswerFindingForm, ReviewFindingForm } from "@/components/inspections/finding-forms";
import { FindingStatusBadge } from "@/components/inspections/finding-table";
import { ReopenCaseButton } from "@/components/inspections/reopen-button";
import { FindingOpinions } from "@/components/referrals/opinions";
import { Link } from "@/components/ui/app-link";
import { Card } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { formatDate, formatDateTime } from "@/lib/format";
import {
  checkMayRemoveFile,
  checkMayReopenCase,
  decideFinding,
  fileRoleFor,
  filesOfRole,
  isFindingOverdue,
} from "@/lib/inspections/rules";
import { requireArea } from "@/server/areas";
import { getFinding } from "@/server/inspections/get-finding";

export const metadata: Metadata = { title: "检查问题" };

export default async function FindingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("inspections");
  const f = await getFinding(user, (await params).id);
  if (!f) notFound();
  const open = !f.round.campaign.closedAt;
  const now = new Date();
  const fileRole = open ? fileRoleFor(user, f) : null;
  const canAnswer = open && decideFinding("ANSWER", user, f).ok;
  const canReview = open && decideFinding("CLOSE", user, f).ok;
  const canReopen = open && checkMayReopenCase(user, f).ok && f.case?.status === "ACCEPTED";
  const findingFiles = filesOfRole(f.files, "FINDING");
  const answerFiles = filesOfRole(f.files, "ANSWER");
  const upload = `/api/inspections/findings/${f.id}/files`;
  const removable = {
    kind: "finding" as const,
    version: f.version,
    ids: open ? f.files.filter((x) => checkMayRemoveFile(user, f, x).ok).map((x) => x.id) : [],
  };

  return (
    <div className="space-y-5">
      <nav className="text-sm">
        <Link href={`/inspections/${f.round.id}`} className={linkClass()}>
          ← {f.round.title}
        </Link>
      </nav>
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold">检查问题：{f.unit.name}</h1>
          <FindingStatusBadge status={f.status} />
          {isFindingOverdue(f, now) && (
            <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-800">已逾期</span>
          )}
        </div>
        <p className="text-sm text-slate-600">
          记录：{f.department?.name ?? "区工强办"} {f.recordedBy.displayName}（{formatDateTime(f.recordedAt)}） ·
          整改期限 {formatDate(f.dueDate)}
        </p>
      </header>
      <Card aria-labelledby="problem-title" className="space-y-2 text-sm">
        <h2 id="problem-title" className="font-semibold">
          发现的问题
        </h2>
        {f.case && (
          <p className="flex flex-wrap items-center gap-2">
            涉及整治对象：
            <Link href={`/cases/${f.case.id}`} className={linkClass()}>
              {f.case.enterprise.name}
            </Link>
            <StatusBadge status={f.case.status} />
            {f.reopenedCaseAt && (
              <span className="text-red-700">已据此撤销验收（{formatDateTime(f.reopenedCaseAt)}）</span>
            )}
          </p>
        )}
        <p className="whitespace-pre-wrap" data-testid="finding-problem">
          {f.problem}
        </p>
        <h3 className="font-medium">整改要求</h3>
        <p className="whitespace-pre-wrap">{f.requirement}</p>
        <FileList title="检查照片、材料" files={findingFiles} base="/api/inspections/files" removable={removable} />
        {fileRole === "FINDING" && <DirectUploader url={upload} label="检查照片、材料" />}
        {canReopen && (
          <div className="border-t border-slate-100 pt-2">
            <ReopenCaseButton findingId={f.id} version={f.version} />
          </div>
        )}
      </Card>
      <Card aria-labelledby="answer-title" className="space-y-2 text-sm">
        <h2 id="answer-title" className="font-semibold">
          整改情况
        </h2>
        {f.answer ? (
          <>
            <p className="whitespace-pre-wrap" data-testid="finding-answer">
              {f.answer}
            </p>
            <p className="text-slate-600">
              {f.answeredBy?.displayName}（{formatDateTime(f.answeredAt)}）
            </p>
          </>
        ) : (
          <p className="text-slate-500">单位尚未答复。</p>
        )}
        <FileList title="整改证据" files={answerFiles} base="/api/inspections/files" removable={removable} />
        {fileRole === "ANSWER" && <DirectUploader url={upload} label="整改证据" />}
        {canAnswer && (
          <div className="border-t border-slate-100 pt-3">
            <AnswerFindingForm findingId={f.id} version={f.version} />
          </div>
        )}
        {f.officeNote && (
          <p className={f.status === "CLOSED" ? "text-green-800" : "text-amber-800"}>
            区工强办意见：{f.officeNote}
            {f.closedAt && `（${f.closedBy?.displayName}，${formatDateTime(f.closedAt)} 销号）`}
          </p>
        )}
        {f.status === "CLOSED" && !f.officeNote && (
          <p className="text-green-800">
            已销号（{f.closedBy?.displayName}，{formatDateTime(f.closedAt)}）
          </p>
        )}
        {canReview && (
          <div className="border-t border-slate-100 pt-3">
            <ReviewFindingForm findingId={f.id} version={f.version} />
          </div>
        )}
      </Card>
      <FindingOpinions
        user={user}
        finding={{
          id: f.id,
          status: f.status,
          departmentId: f.departmentId,
          roundDepartmentIds: f.round.departments.map((d) => d.departmentId),
        }}
      />
    </div>
  );
}
