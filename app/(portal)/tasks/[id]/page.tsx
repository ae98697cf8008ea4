import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { HistoryLink } from "@/components/audit/history-link";
import { SteelFindings } from "@/components/steel/steel-findings";
import { AdjustLineForm } from "@/components/tasks/adjust-line-form";
import { FigureOriginBadge } from "@/components/tasks/figure-origin-badge";
import { ItemToggle } from "@/components/tasks/item-toggle";
import { PaceBadge } from "@/components/tasks/line-progress";
import { PendingContributions } from "@/components/tasks/pending-contributions";
import { ProgressForm } from "@/components/tasks/progress-form";
import { SharesForm } from "@/components/tasks/shares-form";
import { TaskLineHistory } from "@/components/tasks/task-line-history";
import { LineSummaryCard, OwnPartCard } from "@/components/tasks/task-line-summary";
import { UnitTable } from "@/components/tasks/unit-table";
import { Link } from "@/components/ui/app-link";
import { AsOfBar } from "@/components/ui/as-of-bar";
import { Card } from "@/components/ui/card";
import { FigureLink } from "@/components/ui/figure-link";
import { linkClass } from "@/components/ui/link";
import { progressDateDefault } from "@/lib/campaigns/rules";
import { asOfMoment, parseAsOf } from "@/lib/dashboard/history";
import { beijingDay, beijingIsoDay, dateInputValue } from "@/lib/dates";
import { intId, pageParam } from "@/lib/fields";
import { formatDate } from "@/lib/format";
import { lineRecordsHref, withAsOf } from "@/lib/href";
import { dimensionLabel, measureLabel } from "@/lib/labels";
import { paginate } from "@/lib/paginate";
import { isSteelLine, summariseSteel } from "@/lib/steel/rules";
import { countsByDepartment, isComputedLine, type LineSource, lineSource } from "@/lib/tasks/line-source";
import { taskLineRights } from "@/lib/tasks/lines";
import {
  checkShares,
  formatAmount,
  lineEntries,
  lineWindow,
  progressOfLine,
  unitBreakdown,
} from "@/lib/tasks/progress";
import { requireArea } from "@/server/areas";
import { districtOf } from "@/server/scope";
import { getTaskLine } from "@/server/tasks/get-task-line";
import { listPendingContributions } from "@/server/tasks/list-pending-contributions";
import { listUnitNames } from "@/server/units/list-unit-names";

export const metadata: Metadata = { title: "重点工作任务详情" };

/** What a computed line counts, in words (lib/tasks/line-source.ts). */
const SOURCE_TEXT: Record<LineSource["kind"], string> = {
  TYPED: "",
  STEEL: "",
  POLICY_CASES:
    "按验收通过的淘汰落后产能企业统计，政策依据为产业政策条目的计入：国家发改委《产业结构调整指导目录》条目计入区发改局，工业和信息化部产业政策条目计入区经信局（区工强办可调整）。无需填报。",
  LICENCE_CANCELLATIONS: "按区市场监管局登记的注销生产许可证记录统计，每注销一家计 1 件。无需填报。",
  MEASURES: "按本项牵头部门对各整治对象在本方面作出的执法措施统计，每个整治对象计 1 件（以首次措施日期计）。无需填报。",
};

export default async function TaskLinePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string; asOf?: string | string[] }>;
}) {
  const user = await requireArea("tasks");
  const id = intId.safeParse((await params).id);
  const line = id.success ? await getTaskLine(user, id.data) : null;
  if (!line) notFound();

  const sp = await searchParams;
  const now = new Date();
  const today = beijingIsoDay(now);
  // 统计截至 (?asOf=), as on the overview: the figures, the units' parts and the entries as they stood at the end
  // of that day; recording and confirming are today's work, so a past day's page only reads.
  const parsed = parseAsOf(sp.asOf);
  const at = asOfMoment(parsed.day, now);
  const past = at !== now;
  const asOf = past ? beijingIsoDay(at) : null;
  const atDay = beijingDay(at).getTime();
  const unit = measureLabel[line.measure];
  const campaign = line.campaign;
  const progress = progressOfLine(line, campaign, at);
  // steel (docs/domain.md §任务线): T10 counts the inspections recorded on its own page, never typed here.
  const steel = isSteelLine(line) ? summariseSteel(line.steelInspections, at) : null;
  // Where a record type describes the work the line counts those records (lib/tasks/line-source.ts).
  const source = lineSource(line.code);
  const computed = isComputedLine(line.code);
  const rights = taskLineRights(user, {
    measure: line.measure,
    leadDepartmentIds: line.leads.map((l) => l.department.id),
    computed,
  });
  const parts =
    source.kind === "POLICY_CASES"
      ? countsByDepartment(
          line.records,
          line.leads.map((l) => l.department.id),
          at,
        )
      : [];
  const { ownUnitOnly: township } = rights;
  const leads = rights.leads && !past;
  const canRecord = rights.record && !past;
  const allUnits = await listUnitNames(districtOf(user));
  const shownUnits = township ? allUnits.filter((u) => u.id === user.unitId) : allUnits;
  const units = canRecord && line.measure === "ENTERPRISE" ? shownUnits : [];
  const unitName = new Map(allUnits.map((u) => [u.id, u.name]));
  const rows = unitBreakdown(
    shownUnits.map((u) => u.id),
    line.shares,
    lineEntries(line),
    lineWindow(line, campaign, at),
  ).map((r) => ({ ...r, name: unitName.get(r.unitId) ?? "" }));
  const hasTarget = line.target !== null;
  const sharesCheck = checkShares(
    line.target,
    line.atLeast,
    line.shares.map((x) => x.target),
    unit,
  );
  const pending = leads ? await listPendingContributions(user, campaign.id, line.id) : [];
  const own = township ? rows[0] : null;

  const shownEntries = past ? line.progress.filter((e) => e.date.getTime() <= atDay) : line.progress;
  const { page, pages, skip, take } = paginate(shownEntries.length, pageParam(sp.page));
  const entries = shownEntries.slice(skip, skip + take);
  // An item's 完成日期 is a day (it may be Beijing's today, still ahead of the UTC clock): compared by day.
  const doneBy = (doneAt: Date | null) => doneAt !== null && (!past || doneAt.getTime() <= atDay);

  return (
    <div className="space-y-6">
      <div>
        <Link href={withAsOf("/tasks", asOf)} className={linkClass({ className: "text-sm" })}>
          ← 返回任务列表
        </Link>
        <div className="mt-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <span className="rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-700">{line.code}</span>
          <span className="text-xs text-slate-500">{dimensionLabel[line.dimension]}方面</span>
          <PaceBadge status={progress.status} />
          <FigureOriginBadge code={line.code} />
          <HistoryLink role={user.role} entity="TaskLine" entityId={line.id} />
        </div>
        <h1 className="mt-1 text-xl font-semibold">{line.title}</h1>
        <p className="text-sm text-slate-600">牵头：{line.leads.map((l) => l.department.name).join("、")}</p>
      </div>

      <AsOfBar path={`/tasks/${line.id}`} at={at} past={past} error={parsed.error} what="本项重点工作任务的进展" />

      {own ? (
        <OwnPartCard
          unitName={user.unit?.name}
          own={own}
          hasTarget={hasTarget}
          unit={unit}
          deadline={line.deadline ?? campaign.deadline}
        />
      ) : (
        <LineSummaryCard line={line} progress={progress} unit={unit} campaignDeadline={campaign.deadline} asOf={asOf} />
      )}

      {steel && (
        <Card aria-labelledby="steel-title">
          <h2 id="steel-title" className="font-semibold">
            钢铁行业监管巡查
          </h2>
          <p className="mt-1 text-sm">
            {township ? "本单位企业" : "已"}巡查 <strong className="tabular-nums">{steel.inspections}</strong> 次
            <SteelFindings summary={steel} />
          </p>
          <p className="mt-1 text-xs text-slate-500">
            本重点工作任务的进度按巡查记录自动统计（每次巡查计 1 次），无需另行填报。
          </p>
          <p className="mt-2 text-sm">
            <Link href="/tasks/steel" className={linkClass()}>
              {leads ? "登记和查看巡查记录 →" : "查看巡查记录 →"}
            </Link>
          </p>
        </Card>
      )}

      {computed && !steel && (
        <Card aria-labelledby="source-title">
          <h2 id="source-title" className="font-semibold">
            系统统计
          </h2>
          <p className="mt-1 text-sm text-slate-700">{SOURCE_TEXT[source.kind]}</p>
          {parts.length > 0 && (
            <ul className="mt-2 space-y-1 text-sm" data-testid="department-parts">
              {parts.map((d) => (
                <li key={d.departmentId}>
                  {line.leads.find((l) => l.department.id === d.departmentId)?.department.name}：
                  <FigureLink
                    href={lineRecordsHref(line.id, { departmentId: d.departmentId }, asOf)}
                    figure={d.count}
                    inline
                  >
                    {formatAmount(d.count, unit)}
                  </FigureLink>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 text-sm">
            <Link
              href={lineRecordsHref(line.id, township ? { unitId: user.unitId! } : {}, asOf)}
              className={linkClass()}
            >
              查看计入的记录 →
            </Link>
          </p>
        </Card>
      )}

      {!township && (
        <Card aria-labelledby="units-title">
          <h2 id="units-title" className="mb-2 font-semibold">
            各单位完成情况
          </h2>
          {sharesCheck.warning && (
            <p className="mb-2 text-sm text-amber-900" role="status">
              ⚠ {sharesCheck.warning}
            </p>
          )}
          <UnitTable rows={rows} unitLabel={unit} hasTarget={hasTarget} goal={hasTarget ? Number(line.target) : null} />
          <p className="mt-1 text-xs text-slate-500">
            “进展较慢”与全区总览相同：已确认完成率低于序时进度{campaign.lagThresholdPoints}
            个百分点以上（仅对有分解数的单位）。
          </p>
        </Card>
      )}

      {leads && (
        <section aria-labelledby="pending-title" id="pending" className="space-y-2">
          <h2 id="pending-title" className="font-semibold">
            待确认的单位进展（{pending.length}条）
          </h2>
          <PendingContributions rows={pending} showLine={false} />
        </section>
      )}

      {leads && hasTarget && (
        <Card aria-labelledby="shares-title">
          <details>
            <summary id="shares-title" className="cursor-pointer font-semibold">
              分解目标到各单位
            </summary>
            <div className="mt-3">
              <SharesForm
                taskLineId={line.id}
                unitLabel={unit}
                units={allUnits.map((u) => ({
                  id: u.id,
                  name: u.name,
                  share: rows.find((r) => r.unitId === u.id)?.share?.toString() ?? "",
                }))}
              />
            </div>
          </details>
        </Card>
      )}

      {line.items.length > 0 && (
        <Card aria-labelledby="items-title">
          <h2 id="items-title" className="mb-2 font-semibold">
            重点事项
          </h2>
          <ul className="space-y-3">
            {line.items.map((item) => (
              <li
                key={item.id}
                data-testid={`item-${item.displayOrder}`}
                className="border-b border-slate-100 pb-3 last:border-0"
              >
                <span className={doneBy(item.doneAt) ? "text-green-700" : "text-slate-700"}>
                  {doneBy(item.doneAt) ? "✔ 已完成" : "○ 未完成"}
                </span>
                <span className="ml-2 font-medium">{item.title}</span>
                {doneBy(item.doneAt) && (
                  <span className="ml-2 text-sm text-slate-500">（{formatDate(item.doneAt)}）</span>
                )}
                {rights.toggleItems && !past && (
                  <ItemToggle itemId={item.id} title={item.title} done={item.doneAt !== null} today={today} />
                )}
              </li>
            ))}
          </ul>
        </Card>
      )}

      {canRecord && line.measure !== "ITEM" && (
        <Card aria-labelledby="record-title">
          <h2 id="record-title" className="mb-2 font-semibold">
            {township ? "登记本单位进展" : "登记进展"}
          </h2>
          {township && (
            <p className="mb-2 text-sm text-slate-600">
              登记后由牵头部门确认，确认后计入重点工作任务进度。
              {line.measure === "CASE" ? "无数量目标的重点工作任务逐件登记本单位办理的案件。" : ""}
            </p>
          )}
          <ProgressForm
            measure={line.measure}
            unitLabel={unit}
            today={today}
            defaultDate={progressDateDefault(campaign, now)}
            units={units}
            mode={{ kind: "record", taskLineId: line.id }}
          />
        </Card>
      )}

      {rights.adjust && !past && (
        <Card aria-labelledby="adjust-title">
          <h2 id="adjust-title" className="mb-2 font-semibold">
            调整目标或期限
          </h2>
          <AdjustLineForm
            taskLineId={line.id}
            version={line.version}
            unitLabel={unit}
            target={line.target === null ? null : String(Number(line.target))}
            deadline={dateInputValue(line.deadline)}
            campaignDeadline={formatDate(campaign.deadline)}
          />
        </Card>
      )}

      <TaskLineHistory
        line={line}
        entries={entries}
        page={page}
        pages={pages}
        unit={unit}
        today={today}
        units={units}
        ownUnitOnly={township}
        mayCorrect={(e) => !past && rights.mayCorrect({ status: e.status, unitId: e.unitId, authorId: e.author.id })}
        historyOnly={computed && !steel}
      />
    </div>
  );
}
