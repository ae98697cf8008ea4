import type { Metadata } from "next";
import { notFound } from "next/navigation";

import {
  AdjustForm,
  PublishForm,
  type RuleOption,
  SchemeEditor,
  WithdrawForm,
} from "@/components/assessment/office-forms";
import { AssessmentStatus, OwnScore, ScoreChart, ScoreTable } from "@/components/assessment/score-views";
import { Link } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { canSee } from "@/lib/areas";
import { ruleParams, rulesOf } from "@/lib/assessment/rules";
import { DEFAULT_SCHEMES } from "@/lib/assessment/scheme";
import { APPLICABILITY_RULE } from "@/lib/assessment/score";
import { parseAsOf } from "@/lib/dashboard/history";
import { beijingIsoDay } from "@/lib/dates";
import type { AssessmentTarget } from "@/lib/generated/prisma/enums";
import { targetLabel } from "@/lib/labels";
import { readsWholeDistrict, runsCampaign } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { getAssessment, visibleTargets } from "@/server/assessment/get-assessment";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";

export const metadata: Metadata = { title: "评价考核" };

type Search = { target?: string; asOf?: string; view?: string; subject?: string };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AssessmentPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireArea("assessment");
  const sp = await searchParams;
  const targets = visibleTargets(user);
  const asked = one(sp.target);
  if (targets.length === 0 || (asked !== undefined && !targets.includes(asked as AssessmentTarget))) notFound();
  const target = (asked as AssessmentTarget | undefined) ?? targets[0];
  const campaign = await getCurrentCampaign(user);
  const asOf = parseAsOf(one(sp.asOf));
  const a = await getAssessment(user, campaign, target, asOf.day);
  if (!a) notFound();
  const view = a.publication && one(sp.view) !== "draft" ? "published" : "draft";
  const all = readsWholeDistrict(user);
  const office = runsCampaign(user);
  const indicators = view === "published" ? a.publication!.scheme : a.indicators;
  const rows = view === "published" ? a.publication!.rows : a.draft;
  const ranked = view === "published" ? a.publication!.ranked : a.ranked;
  // ?subject=<id>: one unit's or department's breakdown — only among the rows the user may see (else not found).
  const subjectParam = one(sp.subject);
  const subject = subjectParam === undefined ? null : rows.find((r) => String(r.subjectId) === subjectParam);
  if (subject === undefined) notFound();
  const today = beijingIsoDay(new Date());
  const href = (q: Record<string, string | undefined>) => {
    const p = new URLSearchParams(
      Object.entries({ target: target as string, ...q }).filter((e): e is [string, string] => !!e[1]),
    );
    return `/assessment?${p}`;
  };
  const exportHref = `/api/exports/assessment?${new URLSearchParams({ target, ...(view === "published" ? { view } : asOf.day ? { asOf: beijingIsoDay(a.at) } : {}) })}`;
  const ruleOptions: RuleOption[] = Object.entries(rulesOf(target)).map(([rule, def]) => {
    // A year without a scheme yet (a new campaign): the editor starts from the default proposal.
    const current = a.indicators.length
      ? a.indicators.find((i) => i.rule === rule)
      : DEFAULT_SCHEMES[target].find((i) => i.rule === rule);
    return {
      rule,
      label: def.label,
      describe: def.describe,
      params: def.params,
      defaults: ruleParams(target, rule, {}),
      current: current
        ? { label: current.label, maxPoints: current.maxPoints, params: ruleParams(target, rule, current.params) }
        : null,
    };
  });

  return (
    <div className="space-y-5">
      <h1 className="text-xl font-semibold">
        {campaign.year}年度评价考核{all ? "" : target === "UNIT" ? "（本单位）" : "（本部门）"}
      </h1>
      {canSee(user.role, "cityScore") && (
        <p className="text-sm">
          <Link href="/assessment/city" className={linkClass()}>
            市级评价考核（本区得分）
          </Link>
        </p>
      )}
      {targets.length > 1 && (
        <nav aria-label="考核对象" className="flex gap-2 text-sm">
          {targets.map((t) => (
            <Link
              key={t}
              href={`/assessment?target=${t}`}
              aria-current={t === target ? "page" : undefined}
              className={`rounded px-3 py-1.5 ${t === target ? "bg-brand-700 text-white" : "border border-slate-300 bg-white hover:bg-slate-100"}`}
            >
              {targetLabel[t]}
            </Link>
          ))}
        </nav>
      )}

      <div className="flex flex-wrap items-end gap-3 text-sm">
        {a.publication && (
          <nav aria-label="查看" className="flex gap-2">
            <Link
              href={href({})}
              aria-current={view === "published" ? "page" : undefined}
              className={view === "published" ? "font-semibold underline" : "text-brand-700 underline"}
            >
              已发布结果
            </Link>
            <Link
              href={href({ view: "draft" })}
              aria-current={view === "draft" ? "page" : undefined}
              className={view === "draft" ? "font-semibold underline" : "text-brand-700 underline"}
            >
              按当前数据计算（草稿）
            </Link>
          </nav>
        )}
        {view === "draft" && (
          <form method="get" action="/assessment" className="flex flex-wrap items-center gap-2" aria-label="按日期计算">
            <input type="hidden" name="target" value={target} />
            {a.publication && <input type="hidden" name="view" value="draft" />}
            <label htmlFor="assessment-as-of">统计截至</label>
            <input
              id="assessment-as-of"
              type="date"
              name="asOf"
              defaultValue={beijingIsoDay(a.at)}
              max={today}
              className="rounded border border-slate-300 px-2 py-1"
            />
            <button type="submit" className={buttonClass({ variant: "secondary", size: "sm" })}>
              计算
            </button>
            {asOf.error && (
              <span role="alert" className="text-red-700">
                {asOf.error}
              </span>
            )}
          </form>
        )}
        <a
          href={exportHref}
          download
          className={buttonClass({ variant: "secondary", size: "compact", className: "ml-auto" })}
        >
          导出 Excel
        </a>
      </div>

      <AssessmentStatus view={view} at={a.at} publication={a.publication} />

      {indicators.length === 0 ? (
        <EmptyState>
          尚未设定{targetLabel[target]}的考核方案{office ? "，请在下方“考核方案”中设定" : ""}。
        </EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState>没有可显示的得分。</EmptyState>
      ) : subject ? (
        <Card>
          <p className="mb-2 text-sm">
            <Link href={href({ view: one(sp.view), asOf: one(sp.asOf) })} className={linkClass()}>
              返回排名
            </Link>
          </p>
          <OwnScore row={subject} ranked={ranked} label={target === "UNIT" ? "单位" : "部门"} />
        </Card>
      ) : all ? (
        <Card>
          <h2 className="mb-2 font-semibold">{targetLabel[target]}得分排名</h2>
          <ScoreChart indicators={indicators} rows={rows} />
          <ScoreTable
            indicators={indicators}
            rows={rows}
            caption={`${targetLabel[target]}得分排名`}
            detailHref={(id) => href({ view: one(sp.view), asOf: one(sp.asOf), subject: String(id) })}
          />
          <p className="mt-2 text-xs text-slate-500">
            点名称查看各项计算依据；“调”表示该项经区工强办调整；“—”表示该项不适用。
          </p>
          <p className="mt-1 text-xs text-slate-500" data-testid="applicability-rule">
            {APPLICABILITY_RULE}
          </p>
        </Card>
      ) : (
        <Card>
          <OwnScore row={rows[0]} ranked={ranked} label={target === "UNIT" ? "本单位" : "本部门"} />
          <p className="mt-2 text-xs text-slate-500" data-testid="applicability-rule">
            {APPLICABILITY_RULE}
          </p>
        </Card>
      )}

      {office && a.editable && (
        <>
          {a.indicators.length > 0 && (
            <details className="rounded border border-slate-200 bg-white p-4">
              <summary className="cursor-pointer font-semibold">调整分数</summary>
              <div className="mt-3">
                <AdjustForm
                  target={target}
                  subjects={a.draft.map((r) => ({ id: r.subjectId, name: r.name }))}
                  indicators={a.indicators}
                />
              </div>
            </details>
          )}
          {a.indicators.length > 0 && (
            <details className="rounded border border-slate-200 bg-white p-4">
              <summary className="cursor-pointer font-semibold">发布考核结果</summary>
              <div className="mt-3">
                <PublishForm target={target} today={today} label={targetLabel[target]} />
              </div>
            </details>
          )}
          <details className="rounded border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-semibold">考核方案</summary>
            <p className="mt-2 text-sm text-slate-600">{APPLICABILITY_RULE}</p>
            <div className="mt-3">
              <SchemeEditor target={target} rules={ruleOptions} />
            </div>
          </details>
        </>
      )}
      {office && !a.editable && (
        <>
          <p className="text-sm text-slate-600">考核结果已发布，方案和调整已冻结。</p>
          <details className="rounded border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-semibold">撤回发布</summary>
            <p className="mt-2 text-sm text-slate-600">
              发现方案或调整有误时可撤回：考核结果回到草稿，改正后重新发布。
            </p>
            <div className="mt-3">
              <WithdrawForm target={target} label={targetLabel[target]} />
            </div>
          </details>
        </>
      )}
    </div>
  );
}
