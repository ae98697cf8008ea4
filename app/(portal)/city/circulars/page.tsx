import type { Metadata } from "next";

import { CityCircularForm } from "@/components/city/city-circular-form";
import { CityCircularList } from "@/components/city/city-circular-list";
import { Button } from "@/components/ui/button";
import { cardClass, EmptyState } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { parseYear } from "@/lib/city/params";
import { parseAsOf } from "@/lib/dashboard/history";
import { beijingDay, beijingIsoDay } from "@/lib/dates";
import { cityIssuer } from "@/lib/documents/city-circular";
import { issuesCityCirculars } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { cityCircularFigures, listCityCirculars, theCity, usedCityReferenceNos } from "@/server/city/circulars";
import { listCityYears } from "@/server/city/city-rollup";

export const metadata: Metadata = { title: "市级通报" };

/**
 * 市级通报 (市工强办 issues, 市领导 reads; docs/domain.md §市级): the city office names the districts whose work lags
 * (by the district's own lag rule, on the city roll-up's district rows) in a 通报 with its own 发文字号; each named
 * district's office signs for its copy on its 通报与约谈 page. `?dataDate=` picks the day the draft's figures stand at.
 */
export default async function CityCircularsPage({
  searchParams,
}: {
  searchParams: Promise<{ dataDate?: string | string[]; year?: string | string[] }>;
}) {
  const user = await requireArea("cityCirculars");
  const params = await searchParams;
  const now = new Date();
  const today = beijingIsoDay(now);
  const asked = parseAsOf(params.dataDate);
  const dataDay = asked.day && beijingIsoDay(asked.day) <= today ? asked.day : beijingDay(now);
  const dataDate = beijingIsoDay(dataDay);
  const { years, current } = await listCityYears();
  const askedYear = parseYear(params.year);
  const year = askedYear !== null && years.includes(askedYear) ? askedYear : current;
  const issues = issuesCityCirculars(user);
  const [circulars, city] = await Promise.all([listCityCirculars(), theCity()]);
  const form =
    issues && year !== null
      ? {
          figures: await cityCircularFigures(user, year, dataDay, now),
          used: await usedCityReferenceNos(),
        }
      : null;
  const box = cardClass();
  return (
    <div className="space-y-5">
      <h1 className="text-xl font-semibold">市级通报</h1>
      <p className="text-sm text-slate-700">
        {city.officeShortName}对工作进展滞后的区县（市）发出通报，被通报区县（市）的区工强办在“通报约谈”中签收。
      </p>
      {issues &&
        (form && year !== null ? (
          <details className={box} open={params.dataDate !== undefined}>
            <summary className="cursor-pointer font-semibold">发布通报</summary>
            <div className="mt-3 space-y-4">
              <form method="get" className="flex flex-wrap items-end gap-3" aria-label="数据截至日期">
                {askedYear !== null && <input type="hidden" name="year" value={year} />}
                <Field
                  label="数据截至日期"
                  error={asked.error ?? undefined}
                  hint={`文中和附件中的数据均为各区县（市）截至该日的数据（${year}年度）`}
                >
                  <input type="date" name="dataDate" defaultValue={dataDate} max={today} className={inputClass} />
                </Field>
                <Button type="submit" variant="outline">
                  读取该日数据
                </Button>
              </form>
              <CityCircularForm
                key={dataDate}
                figures={form.figures}
                dataDate={dataDate}
                today={today}
                year={year}
                issuer={cityIssuer(city)}
                usedReferenceNos={form.used}
              />
            </div>
          </details>
        ) : (
          <EmptyState>尚无区县（市）建立工作年度，暂不能发布通报。</EmptyState>
        ))}
      <section aria-labelledby="city-circular-list" className="space-y-2">
        <h2 id="city-circular-list" className="font-semibold">
          已发布的通报
        </h2>
        <CityCircularList circulars={circulars} />
      </section>
    </div>
  );
}
