import type { Metadata } from "next";

import { PendingContributions } from "@/components/tasks/pending-contributions";
import { type DepartmentPart, TaskLineCard } from "@/components/tasks/task-line-card";
import { TownshipLineCard } from "@/components/tasks/township-line-card";
import { Link } from "@/components/ui/app-link";
import { AsOfBar } from "@/components/ui/as-of-bar";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { asOfMoment, parseAsOf } from "@/lib/dashboard/history";
import { beijingIsoDay } from "@/lib/dates";
import type { Dimension } from "@/lib/generated/prisma/enums";
import { withAsOf, withQuery } from "@/lib/href";
import { dimensionLabel } from "@/lib/labels";
import { readsOwnUnitOnly, worksInRemit } from "@/lib/rights";
import { isSteelLine, summariseSteel } from "@/lib/steel/rules";
import { countsByDepartment, lineSource } from "@/lib/tasks/line-source";
import { lineEntries, lineWindow, needsAttention, progressOfLine, unitBreakdown } from "@/lib/tasks/progress";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { isLicenceOffice } from "@/server/licences/licence-office";
import { listPendingContributions } from "@/server/tasks/list-pending-contributions";
import { listTaskLines, type TaskLineRow } from "@/server/tasks/list-task-lines";

export const metadata: Metadata = { title: "重点工作任务" };

type Group = { key: string; title: string; lines: TaskLineRow[] };

export default async function TasksPage({
  searchParams,
}: {
  searchParams: Promise<{ group?: string; asOf?: string | string[] }>;
}) {
  const user = await requireArea("tasks");
  const campaign = await getCurrentCampaign(user);
  const sp = await searchParams;
  const lines = await listTaskLines(user, campaign.id);
  // 统计截至 (?asOf=): the dashboard's rule — a line counts its entries and records dated up to that day,
  // the pace is judged at the end of it; every figure's link carries the day.
  const parsed = parseAsOf(sp.asOf);
  const now = new Date();
  const at = asOfMoment(parsed.day, now);
  const past = at !== now;
  const asOf = past ? beijingIsoDay(at) : null;
  const byDepartment = sp.group === "department";
  const asOfBar = (
    <AsOfBar
      path="/tasks"
      at={at}
      past={past}
      error={parsed.error}
      keep={{ group: byDepartment ? "department" : undefined }}
      what="重点工作任务的进展"
    />
  );
  const progress = new Map(lines.map((l) => [l.id, progressOfLine(l, campaign, at)]));
  const card = (l: TaskLineRow) => (
    <TaskLineCard
      key={l.id}
      line={l}
      progress={progress.get(l.id)!}
      deadline={l.deadline ?? campaign.deadline}
      steel={isSteelLine(l) ? summariseSteel(l.steelInspections, at) : null}
      parts={departmentParts(l, at)}
      asOf={asOf}
    />
  );

  if (readsOwnUnitOnly(user)) {
    // listTaskLines gives a township only its own unit's entries: its part of every line.
    const parts = lines.map((l) => ({
      line: l,
      part: unitBreakdown([user.unitId!], l.shares, lineEntries(l), lineWindow(l, campaign, at))[0],
    }));
    const returned = parts.reduce((s, p) => s + p.part.returnedEntries, 0);
    const pending = parts.reduce((s, p) => s + p.part.pendingEntries, 0);
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">{user.unit?.name ?? ""}承担的重点工作任务</h1>
        {asOfBar}
        <p className="text-sm text-slate-600">
          以下工作均需各镇（乡）、街道、园区落实：本单位登记完成情况和佐证材料，由牵头部门确认后计入重点工作任务进度。
          {pending > 0 && (
            <>
              {" "}
              待确认 <strong>{pending}</strong> 条。
            </>
          )}
        </p>
        {returned > 0 && (
          <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            有 {returned} 条进展被牵头部门退回，请打开对应重点工作任务查看理由，更正后重新提交。
          </p>
        )}
        <ul className="space-y-3">
          {parts.map(({ line, part }) => (
            <TownshipLineCard
              key={line.id}
              line={line}
              part={part}
              deadline={line.deadline ?? campaign.deadline}
              asOf={asOf}
            />
          ))}
        </ul>
      </div>
    );
  }

  if (worksInRemit(user)) {
    // A department reads every line (on the dashboard and the line pages); here it works on the lines it leads.
    const own = lines.filter((l) => l.leads.some((x) => x.department.id === user.departmentId));
    const pending = await listPendingContributions(user, campaign.id);
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">{user.department?.name ?? ""}牵头的重点工作</h1>
        {asOfBar}
        {own.length === 0 ? (
          <EmptyState dashed>本部门在{campaign.year}年度工作方案中没有牵头的重点工作任务。</EmptyState>
        ) : (
          <>
            <section aria-labelledby="pending-title" className="space-y-2">
              <h2 id="pending-title" className="font-semibold">
                待确认的单位进展（{pending.length}条）
              </h2>
              <PendingContributions rows={pending} showLine />
            </section>
            <section aria-labelledby="own-title" className="space-y-2">
              <h2 id="own-title" className="font-semibold">
                本部门牵头的重点工作任务
              </h2>
              <ul className="space-y-3">{own.map(card)}</ul>
            </section>
          </>
        )}
        {own.some(isSteelLine) && (
          <p className="text-sm">
            <Link href="/tasks/steel" className={linkClass()}>
              钢铁行业监管巡查（T10）：登记巡查 →
            </Link>
          </p>
        )}
        {(await isLicenceOffice(user)) && (
          <p className="text-sm">
            <Link href="/tasks/licences" className={linkClass()}>
              注销生产许可证工作清单 →
            </Link>
          </p>
        )}
      </div>
    );
  }

  const groups = byDepartment ? groupByDepartment(lines) : groupByDimension(lines);
  const flagged = lines.filter((l) => needsAttention(progress.get(l.id)!.status)).length;
  const tab = (active: boolean) =>
    buttonClass({ variant: active ? "primary" : "secondary", size: "compact", className: "text-sm" });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">重点工作任务进展总览</h1>
        <a
          href={withAsOf("/api/tasks/export", asOf)}
          className={buttonClass({ variant: "outline", size: "sm", className: "ml-auto" })}
          download
        >
          导出Excel
        </a>
      </div>
      <p className="text-sm text-slate-600">
        共{lines.length}项重点工作任务，
        <span className={flagged ? "font-semibold text-red-700" : ""}>{flagged}条逾期或进度滞后</span>。 竖线标示按
        {campaign.year}年度期限应达到的序时进度。
      </p>
      <nav aria-label="分组方式" className="flex gap-2">
        <Link
          href={withAsOf("/tasks", asOf)}
          className={tab(!byDepartment)}
          aria-current={!byDepartment ? "page" : undefined}
        >
          按工作方面
        </Link>
        <Link
          href={withQuery("/tasks", { group: "department", asOf })}
          className={tab(byDepartment)}
          aria-current={byDepartment ? "page" : undefined}
        >
          按牵头部门
        </Link>
      </nav>
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`group-${g.key}`} className="space-y-2">
          <h2 id={`group-${g.key}`} className="font-semibold">
            {g.title}
            <span className="ml-2 text-sm font-normal text-slate-500">
              {g.lines.length}条{countFlagged(g, progress) ? `，${countFlagged(g, progress)}条需关注` : ""}
            </span>
          </h2>
          <ul className="space-y-3">{g.lines.map(card)}</ul>
        </section>
      ))}
    </div>
  );
}

/** T9 (按职责分别牵头): each lead department's part, from the cases its policy basis assigns it. */
function departmentParts(l: TaskLineRow, now: Date): DepartmentPart[] {
  if (lineSource(l.code).kind !== "POLICY_CASES") return [];
  const names = new Map(l.leads.map((x) => [x.department.id, x.department.name]));
  return countsByDepartment(
    l.records,
    l.leads.map((x) => x.department.id),
    now,
  ).map((d) => ({ ...d, name: names.get(d.departmentId) ?? "" }));
}

function countFlagged(g: Group, progress: Map<number, { status: Parameters<typeof needsAttention>[0] }>) {
  return g.lines.filter((l) => needsAttention(progress.get(l.id)!.status)).length;
}

function groupByDimension(lines: TaskLineRow[]): Group[] {
  const groups = new Map<Dimension, TaskLineRow[]>();
  for (const l of lines) groups.set(l.dimension, [...(groups.get(l.dimension) ?? []), l]);
  return [...groups].map(([d, ls]) => ({ key: d, title: `${dimensionLabel[d]}方面`, lines: ls }));
}

/** A line led by two departments (T9) is listed under each. */
function groupByDepartment(lines: TaskLineRow[]): Group[] {
  const groups = new Map<number, Group & { order: number }>();
  for (const l of lines) {
    for (const { department: d } of l.leads) {
      const g = groups.get(d.id) ?? { key: `d${d.id}`, title: d.name, lines: [], order: d.displayOrder };
      g.lines.push(l);
      groups.set(d.id, g);
    }
  }
  return [...groups.values()].sort((a, b) => a.order - b.order);
}
