import type { Metadata } from "next";
import { notFound } from "next/navigation";

import type { RuleOption } from "@/components/assessment/office-forms";
import { AssessmentStatus, OwnScore } from "@/components/assessment/score-views";
import { CityAdjustForm, CityPublishForm, CitySchemeEditor } from "@/components/city/city-assessment-forms";
import { Link } from "@/components/ui/app-link";
import { AsOfBar } from "@/components/ui/as-of-bar";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { chipClass, linkClass } from "@/components/ui/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { isManualRule, ruleParams, rulesOf } from "@/lib/assessment/rules";
import { DEFAULT_CITY_SCHEME } from "@/lib/assessment/scheme";
import { APPLICABILITY_RULE, NOT_RANKED, type ScoreRow } from "@/lib/assessment/score";
import { figureHref } from "@/lib/city/assessment";
import { districtHref, parseYear } from "@/lib/city/params";
import { parseAsOf } from "@/lib/dashboard/history";
import { beijingIsoDay } from "@/lib/dates";
import { withQuery } from "@/lib/href";
import { scoresDistricts } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { getCityAssessment } from "@/server/city/assessment";
import { listCityYears } from "@/server/city/city-rollup";

export const metadata: Metadata = { title: "区县评价考核" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const pts = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/**
 * 市级评价考核 (docs/domain.md §市级): the city office scores the districts of a year — each indicator computed from
 * the district's row of the city roll-up as of a day (the districts' own scoring rules), each figure a link to what
 * it counts; manual items scored and computed ones adjusted with a reason; published (frozen) after a confirmation.
 * The city leader reads. `?district=<code>`: one district's breakdown.
 */
export default async function CityAssessmentPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireArea("cityAssessment");
  const sp = await searchParams;
  const { years, current } = await listCityYears();
  const asked = parseYear(sp.year);
  const year = asked ?? current;
  if (year === null) {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">区县评价考核</h1>
        <EmptyState>尚无区县建立工作年度</EmptyState>
      </div>
    );
  }
  const asOfParam = parseAsOf(one(sp.asOf));
  const a = await getCityAssessment(user, year, asOfParam.day);
  const view = a.publication && one(sp.view) !== "draft" ? "published" : "draft";
  const indicators = view === "published" ? a.publication!.scheme : a.indicators;
  const rows = view === "published" ? a.publication!.rows : a.rows;
  const ranked = view === "published" ? a.publication!.ranked : a.ranked;
  const asOfDay = view === "published" ? beijingIsoDay(a.publication!.asOf) : beijingIsoDay(a.at);
  const past = view === "published" ? asOfDay < beijingIsoDay(new Date()) : a.past;
  const codeOf = (id: number) => a.districts.get(id)?.code ?? "";
  const isSample = (id: number) =>
    view === "published" ? a.publication!.samples.has(id) : (a.districts.get(id)?.isSample ?? false);
  const districtParam = one(sp.district);
  const subject =
    districtParam === undefined ? null : (rows.find((r) => codeOf(r.subjectId) === districtParam) ?? undefined);
  if (subject === undefined) notFound();
  const office = scoresDistricts(user);
  const today = beijingIsoDay(new Date());
  const keep = { year, view: view === "draft" && a.publication ? "draft" : undefined };
  const href = (q: Record<string, string | number | undefined>) =>
    withQuery("/city/assessment", { ...keep, asOf: view === "draft" && a.past ? asOfDay : undefined, ...q });
  const link = (rule: string, id: number) => figureHref(rule, { code: codeOf(id), year, asOf: past ? asOfDay : null });
  const samples = rows.filter((r) => isSample(r.subjectId));
  const ruleOptions: RuleOption[] = Object.entries(rulesOf("DISTRICT")).map(([rule, def]) => {
    const cur = a.indicators.length
      ? a.indicators.find((i) => i.rule === rule)
      : DEFAULT_CITY_SCHEME.find((i) => i.rule === rule);
    return {
      rule,
      label: def.label,
      describe: def.describe,
      params: def.params,
      defaults: ruleParams("DISTRICT", rule, {}),
      current: cur
        ? { label: cur.label, maxPoints: cur.maxPoints, params: ruleParams("DISTRICT", rule, cur.params) }
        : null,
    };
  });
  const sampleBadge = (id: number) =>
    isSample(id) ? (
      <Badge tone="warning" className="ml-1">
        示例数据
      </Badge>
    ) : null;

  return (
    <div className="space-y-5">
      <h1 className="text-xl font-semibold">{year}年度区县评价考核</h1>
      {years.length > 1 && (
        <nav aria-label="年度" className="flex flex-wrap gap-2 text-sm">
          {years.map((y) => (
            <Link
              key={y}
              href={`/city/assessment?year=${y}`}
              className={chipClass(y === year)}
              aria-current={y === year ? "page" : undefined}
            >
              {y}年
            </Link>
          ))}
        </nav>
      )}
      {a.publication && (
        <nav aria-label="查看" className="flex flex-wrap gap-2 text-sm">
          <Link href={`/city/assessment?year=${year}`} className={chipClass(view === "published")}>
            已发布结果
          </Link>
          <Link href={`/city/assessment?year=${year}&view=draft`} className={chipClass(view === "draft")}>
            按当前数据计算（草稿）
          </Link>
        </nav>
      )}
      {view === "draft" && (
        <AsOfBar
          path="/city/assessment"
          at={a.at}
          past={a.past}
          error={asOfParam.error}
          keep={keep}
          what="各区县的得分"
        />
      )}
      <AssessmentStatus view={view} at={a.at} publication={a.publication} />
      {samples.length > 0 && (
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-2 text-sm" data-testid="sample-note">
          <Badge tone="warning">示例数据</Badge> {samples.map((r) => r.name).join("、")}
          的数字为演示生成的示例数据，不是实际工作数据。
        </p>
      )}

      {indicators.length === 0 ? (
        <EmptyState>
          尚未设定{year}年度区县考核方案{office ? "，请在下方“考核方案”中设定" : ""}。
        </EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState>尚无区县（市）</EmptyState>
      ) : subject ? (
        <Card>
          <p className="mb-2 flex flex-wrap gap-4 text-sm">
            <Link href={href({})} className={linkClass()}>
              返回排名
            </Link>
            <Link href={districtHref(codeOf(subject.subjectId), { year })} className={linkClass()}>
              查看{subject.name}全区总览（只读）
            </Link>
          </p>
          {sampleBadge(subject.subjectId)}
          <OwnScore row={subject} ranked={ranked} label="区县" />
          <h2 className="mt-4 font-semibold">计算依据</h2>
          <ul className="mt-1 space-y-1 text-sm" data-testid="figure-links">
            {subject.breakdown.map((c) => {
              const to = link(c.rule, subject.subjectId);
              return (
                <li key={c.indicatorId}>
                  {c.label}：{c.detail}
                  {to ? (
                    <>
                      {" "}
                      <Link href={to} className={linkClass()}>
                        查看所计记录
                      </Link>
                    </>
                  ) : (
                    c.reason && `（${c.reason}）`
                  )}
                </li>
              );
            })}
          </ul>
        </Card>
      ) : (
        <Card>
          <h2 className="mb-2 font-semibold">区县得分排名</h2>
          <CityScoreTable
            indicators={indicators}
            rows={rows}
            nameHref={(id) => href({ district: codeOf(id) })}
            cellHref={link}
            badge={sampleBadge}
          />
          <p className="mt-2 text-xs text-slate-500">
            点区县名称查看各项计算依据，点得分查看所计记录（区县台账、区县目标或市级通报）；“评”为市工强办评分，“调”表示该项经市工强办调整；“—”表示该项不适用。
          </p>
          <p className="mt-1 text-xs text-slate-500" data-testid="applicability-rule">
            {APPLICABILITY_RULE.replaceAll("单位（部门）", "区县")}
          </p>
        </Card>
      )}

      {office && a.editable && (
        <>
          {a.indicators.length > 0 && a.rows.length > 0 && (
            <details className="rounded border border-slate-200 bg-white p-4" open={view === "draft"}>
              <summary className="cursor-pointer font-semibold">评分与调整</summary>
              <div className="mt-3">
                <CityAdjustForm
                  year={year}
                  districts={a.rows.map((r) => ({ id: r.subjectId, name: r.name }))}
                  indicators={a.indicators.map((i) => ({
                    id: i.id,
                    label: i.label,
                    maxPoints: i.maxPoints,
                    manual: isManualRule("DISTRICT", i.rule),
                  }))}
                  current={a.adjustments.map((x) => ({
                    indicatorId: x.indicatorId,
                    districtId: x.districtId,
                    points: x.points,
                    reason: x.reason,
                    version: x.version,
                  }))}
                />
              </div>
            </details>
          )}
          {a.indicators.length > 0 && (
            <details className="rounded border border-slate-200 bg-white p-4">
              <summary className="cursor-pointer font-semibold">发布考核结果</summary>
              <div className="mt-3">
                <CityPublishForm year={year} today={today} />
              </div>
            </details>
          )}
          <details className="rounded border border-slate-200 bg-white p-4" open={a.indicators.length === 0}>
            <summary className="cursor-pointer font-semibold">考核方案</summary>
            <p className="mt-2 text-sm text-slate-600">{APPLICABILITY_RULE.replaceAll("单位（部门）", "区县")}</p>
            <div className="mt-3">
              <CitySchemeEditor year={year} rules={ruleOptions} />
            </div>
          </details>
        </>
      )}
      {office && !a.editable && <p className="text-sm text-slate-600">考核结果已发布，方案、评分和调整已冻结。</p>}
    </div>
  );
}

/** The ranking: rank, district, total and each indicator's points, each a link to what it counts. */
function CityScoreTable({
  indicators,
  rows,
  nameHref,
  cellHref,
  badge,
}: {
  indicators: { id: number; rule: string; label: string; maxPoints: number }[];
  rows: ScoreRow[];
  nameHref: (districtId: number) => string;
  cellHref: (rule: string, districtId: number) => string | null;
  badge: (districtId: number) => React.ReactNode;
}) {
  return (
    <Table label="区县得分排名" data-testid="score-table">
      <THead>
        <Th nowrap>排名</Th>
        <Th nowrap>区县（市）</Th>
        <Th nowrap align="right">
          总分
        </Th>
        {indicators.map((i) => (
          <Th key={i.id} align="right" className="min-w-20">
            {i.label}
            <span className="block text-xs font-normal text-slate-600">{i.maxPoints} 分</span>
          </Th>
        ))}
      </THead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.subjectId} data-testid="score-row">
            <Td label="排名">{r.rank ?? "—"}</Td>
            <th scope="row" className="text-left font-medium">
              <Link href={nameHref(r.subjectId)} className={linkClass()}>
                {r.name}
              </Link>
              {badge(r.subjectId)}
              {r.rank === null && <span className="ml-1 text-xs font-normal text-slate-600">{NOT_RANKED}</span>}
            </th>
            <Td label="总分" align="right" className="font-semibold" data-testid="total">
              {r.total === null ? "—" : pts(r.total)}
            </Td>
            {indicators.map((i) => {
              const c = r.breakdown.find((x) => x.indicatorId === i.id);
              if (!c || c.points === null)
                return (
                  <Td key={i.id} label={`${i.label}（${i.maxPoints} 分）`} align="right" title={c?.detail}>
                    —
                  </Td>
                );
              const manual = isManualRule("DISTRICT", c.rule);
              const to = cellHref(c.rule, r.subjectId);
              const mark = manual ? (c.reason ? "评" : "未评") : c.adjustment ? "调" : null;
              const title = c.reason ? `${c.detail}；${c.reason}` : c.detail;
              return (
                <Td key={i.id} label={`${i.label}（${i.maxPoints} 分）`} align="right" title={title}>
                  {to ? (
                    <Link
                      href={to}
                      className={linkClass({ className: "tabular-nums" })}
                      aria-label={`${r.name}${i.label}：${pts(c.points)} 分（${c.detail}）`}
                    >
                      {pts(c.points)}
                    </Link>
                  ) : (
                    pts(c.points)
                  )}
                  {mark && <sup className="text-amber-700">{mark}</sup>}
                </Td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
