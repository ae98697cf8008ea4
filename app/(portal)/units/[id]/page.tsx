import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { OverdueSummary } from "@/components/cases/overdue-summary";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { TodoList } from "@/components/home/todo-list";
import { OpenFindings } from "@/components/inspections/open-findings";
import { NoticeList } from "@/components/supervision/notice-list";
import { Link } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { UnitContactForm } from "@/components/unit-contact-form";
import { canSee } from "@/lib/areas";
import { CATEGORIES, formatQuota } from "@/lib/campaigns/annex";
import { asOfMoment, parseAsOf } from "@/lib/dashboard/history";
import { beijingIsoDay } from "@/lib/dates";
import { intId } from "@/lib/fields";
import { emptyTodoText, HOME_TODO_LIMIT } from "@/lib/home/todo";
import { categoryLabel, unitKindLabel } from "@/lib/labels";
import { acknowledgesNotices, actsForUnit, mayEditUnit } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { countOverdue } from "@/server/cases/count-overdue";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { getTodos } from "@/server/home/get-todos";
import { listNotices } from "@/server/supervision/list-notices";
import { getUnit } from "@/server/units/get-unit";

export const metadata: Metadata = { title: "单位详情" };

export default async function UnitPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams?: Promise<{ asOf?: string | string[] }>;
}) {
  const user = await requireArea("units");
  const id = intId.safeParse((await params).id);
  const campaign = await getCurrentCampaign(user);
  const unit = id.success ? await getUnit(user, id.data, campaign.id) : null;
  if (!unit) notFound();
  // The unit's own dashboard for those who may see its case figures (not departments).
  const asOf = parseAsOf((await searchParams)?.asOf);
  const now = new Date();
  const at = asOfMoment(asOf.day, now);
  const dashboard = await getDashboard(user, campaign, at, unit.id);
  // 统计截至 a past day: every figure on the page is as of then, and every link carries the day.
  const past = at !== now ? at : undefined;
  const asOfDay = past ? beijingIsoDay(at) : null;
  // Its supervision history (通报 and 约谈), for the office, the leader and the unit itself.
  // 统计截至 a past day: those issued by then.
  const notices = canSee(user.role, "supervision")
    ? (await listNotices(user, unit.id)).filter((n) => !past || n.createdAt.getTime() <= past.getTime())
    : null;
  const canEdit = mayEditUnit(user, unit.id);
  // The township officer's home: what to do today comes first, the figures below.
  const ownHome = actsForUnit(user, unit.id);
  const todos = ownHome ? await getTodos(user, campaign, now) : null;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">{unit.name}</h1>
          <p className="text-sm text-slate-600">
            {unitKindLabel[unit.kind]} · 区划代码 {unit.code}
          </p>
        </div>
        {ownHome && canSee(user.role, "registration") && (
          <Link
            href="/cases/new"
            className={buttonClass({
              className: "inline-flex min-h-12 items-center justify-center text-base font-semibold max-sm:w-full",
            })}
          >
            <span aria-hidden="true" className="mr-1">
              ＋
            </span>
            登记整治对象
          </Link>
        )}
      </div>
      {todos && (
        <TodoList
          items={todos.slice(0, HOME_TODO_LIMIT)}
          total={todos.length}
          more="/todo"
          now={now}
          empty={emptyTodoText({ township: true, department: null })}
        />
      )}
      {dashboard && (
        <OverdueSummary
          overdue={await countOverdue(user, campaign.id, now, unit.id, past)}
          unitId={unit.id}
          asOf={asOfDay}
        />
      )}
      {dashboard ? (
        <DashboardView d={dashboard} path={`/units/${unit.id}`} asOfError={asOf.error} />
      ) : (
        <section aria-labelledby="quota-title">
          <h2 id="quota-title" className="mb-2 font-semibold">
            {campaign.year}年度目标任务
          </h2>
          <dl className="grid gap-3 sm:grid-cols-2">
            {CATEGORIES.map((c) => {
              const target = unit.quotas.find((q) => q.category === c)?.target ?? null;
              return (
                <Card key={c} as="div">
                  <dt className="text-sm text-slate-600">{categoryLabel[c]}</dt>
                  <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`quota-${c}`}>
                    {formatQuota(target)}
                    <span className="ml-1 text-sm font-normal text-slate-500">
                      {target === null ? "无此项任务" : "家"}
                    </span>
                  </dd>
                </Card>
              );
            })}
          </dl>
        </section>
      )}
      <Card aria-labelledby="contact-title">
        <h2 id="contact-title" className="mb-2 font-semibold">
          工作联系人
        </h2>
        {canEdit ? (
          <UnitContactForm
            unitId={unit.id}
            version={unit.version}
            contactName={unit.contactName ?? ""}
            contactPhone={unit.contactPhone ?? ""}
          />
        ) : (
          <p className="text-sm">{unit.contactName ? `${unit.contactName}（${unit.contactPhone}）` : "尚未填写"}</p>
        )}
      </Card>
      <OpenFindings user={user} campaignId={campaign.id} unitId={unit.id} at={past} asOf={asOfDay} />
      {notices && (
        <section aria-labelledby="notices-title" className="space-y-2">
          <h2 id="notices-title" className="font-semibold">
            督办记录（通报与约谈）
          </h2>
          <NoticeList
            notices={notices}
            canAcknowledge={acknowledgesNotices(user)}
            canFollowUp={false}
            now={new Date()}
          />
        </section>
      )}
    </div>
  );
}
