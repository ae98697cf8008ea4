// One date for every figure: at 统计截至 2020-06-30 — and today — the dashboard, a 通报 issued with that data
// date and the 评价考核 breakdown say the same completed (已验收) counts for every unit. The fixture has
// acceptances before and after 30 June, a case reopened in July and one registered later, in several units, so a
// figure read from today's records instead of that day's cannot agree.
import { beforeAll, describe, expect, it } from "vitest";

import { asOfMoment } from "@/lib/dashboard/history";
import { beijingIsoDay } from "@/lib/dates";
import { draftCircular } from "@/lib/documents/circular";
import { HAISHU_ISSUER } from "@/lib/documents/office";
import type { Category, ReviewDecision } from "@/lib/generated/prisma/enums";
import type { FrozenFigures } from "@/lib/supervision/rules";
import { getAssessment } from "@/server/assessment/get-assessment";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";
import { documentFigures } from "@/server/documents/figures-as-of";
import { issueCircular } from "@/server/supervision/actions/issue-circular";

import { createCaseWithHistory } from "../helpers/case-fixtures";
import { HAISHU } from "../helpers/fixtures";
import { actAs } from "../helpers/session";

const CATEGORIES: Category[] = ["ELIMINATION", "RECTIFICATION"];
type Counts = Map<string, Record<Category, number | null>>;

let campaign: Awaited<ReturnType<typeof prisma.campaign.findFirstOrThrow>>;

beforeAll(async () => {
  campaign = await prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } });
  const office = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
  let n = 0;
  const make = async (
    unit: string,
    category: Category,
    status: "ACCEPTED" | "IN_PROGRESS" | "SUBMITTED",
    created: string,
    reviews: [ReviewDecision, string][],
    submitted: string | null = null,
  ) => {
    const unitId = (await prisma.unit.findUniqueOrThrow({ where: { districtId_name: { ...HAISHU, name: unit } } })).id;
    const enterprise = await prisma.enterprise.create({
      data: { name: `口径一致${unit}${++n}号厂`, unitId, industry: "OTHER" },
    });
    await createCaseWithHistory({
      campaignId: campaign.id,
      enterpriseId: enterprise.id,
      unitId,
      category,
      status,
      reviewerId: office.id,
      created,
      submitted,
      reviews,
    });
  };
  // 集士港镇: accepted in June; submitted in July (still awaiting review); accepted in June, reopened in July.
  await make("集士港镇", "RECTIFICATION", "ACCEPTED", "2020-04-01", [["ACCEPT", "2020-06-10"]], "2020-06-01");
  await make("集士港镇", "RECTIFICATION", "SUBMITTED", "2020-04-02", [], "2020-07-20");
  await make("集士港镇", "RECTIFICATION", "IN_PROGRESS", "2020-04-03", [
    ["ACCEPT", "2020-06-05"],
    ["REOPEN", "2020-07-01"],
  ]);
  // 古林镇: an elimination accepted in June, one in August, one registered in August.
  await make("古林镇", "ELIMINATION", "ACCEPTED", "2020-03-01", [["ACCEPT", "2020-06-12"]], "2020-06-01");
  await make("古林镇", "ELIMINATION", "ACCEPTED", "2020-03-02", [["ACCEPT", "2020-08-01"]], "2020-07-20");
  await make("古林镇", "ELIMINATION", "IN_PROGRESS", "2020-08-03", []);
  // 横街镇: returned in June, accepted in September.
  await make(
    "横街镇",
    "RECTIFICATION",
    "ACCEPTED",
    "2020-05-01",
    [
      ["RETURN", "2020-06-15"],
      ["ACCEPT", "2020-09-01"],
    ],
    "2020-08-20",
  );
  // 洞桥镇: both categories accepted before 30 June (the same on both days).
  await make("洞桥镇", "ELIMINATION", "ACCEPTED", "2020-02-01", [["ACCEPT", "2020-05-20"]], "2020-05-10");
  await make("洞桥镇", "RECTIFICATION", "ACCEPTED", "2020-02-02", [["ACCEPT", "2020-06-29"]], "2020-06-25");
});

/** The dashboard's 分解表 at the 统计截至 day (null: today): each unit's 已验收, "/" as null. */
async function dashboardCounts(day: Date | null): Promise<Counts> {
  const office = (await actAs("office"))!;
  const d = (await getDashboard(office, campaign, asOfMoment(day, new Date())))!;
  return new Map(
    d.rows.map((r) => [
      r.name,
      Object.fromEntries(CATEGORIES.map((c) => [c, r.quotas[c] === null ? null : r.figures[c].accepted])) as Record<
        Category,
        number | null
      >,
    ]),
  );
}

/** A 通报 issued with this data date (the page's draft, published through the action): its frozen figures. */
async function circularCounts(dataDate: string): Promise<Counts> {
  const office = (await actAs("office"))!;
  const all = (await documentFigures(office, campaign, new Date(dataDate), new Date()))!;
  const draft = draftCircular({
    issuer: HAISHU_ISSUER,
    units: all.units,
    elapsed: all.elapsed,
    dataDate: new Date(dataDate),
    year: campaign.year,
    campaignTitle: campaign.title,
    referenceNo: "",
  });
  const res = await issueCircular({ ...draft, unitIds: all.units.map((u) => u.unitId), date: dataDate });
  if (!res.ok) throw new Error(JSON.stringify(res));
  const notice = await prisma.supervisionNotice.findUniqueOrThrow({ where: { id: res.data.id } });
  expect(beijingIsoDay(notice.dataDate!)).toBe(dataDate);
  const frozen = notice.figures as FrozenFigures;
  return new Map(
    frozen.units.map((u) => [
      u.name,
      Object.fromEntries(
        CATEGORIES.map((c) => [c, u.figures[c].target === null ? null : u.figures[c].accepted]),
      ) as Record<Category, number | null>,
    ]),
  );
}

/** The 评价考核 draft at the 统计截至 day: each unit's 完成率 indicators, as the breakdown states them (“完成 a/b”). */
async function assessmentCounts(day: Date | null): Promise<Counts> {
  const office = (await actAs("office"))!;
  const a = (await getAssessment(office, campaign, "UNIT", day))!;
  return new Map(
    a.draft.map((row) => [
      row.name,
      Object.fromEntries(
        CATEGORIES.map((c) => {
          const item = row.breakdown.find((b) => b.rule === `completion.${c}`)!;
          if (item.computed === null) return [c, null]; // "/": not applicable
          const m = /^完成 (\d+)\//.exec(item.detail);
          expect(m, `${row.name} ${c}: ${item.detail}`).not.toBeNull();
          return [c, Number(m![1])];
        }),
      ) as Record<Category, number | null>,
    ]),
  );
}

const asObject = (m: Counts) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));

describe("the dashboard, a 通报 and 评价考核 agree on every unit's completed counts", () => {
  let june: Counts;
  let today: Counts;

  it("at 统计截至 2020-06-30", async () => {
    june = await dashboardCounts(new Date("2020-06-30"));
    // The counts of that day, not today's.
    expect(june.get("集士港镇")!.RECTIFICATION).toBe(2);
    expect(june.get("古林镇")!.ELIMINATION).toBe(1);
    expect(june.get("横街镇")!.RECTIFICATION).toBe(0);
    expect(june.get("洞桥镇")).toEqual({ ELIMINATION: 1, RECTIFICATION: 1 });
    expect(june.get("月湖街道")).toEqual({ ELIMINATION: null, RECTIFICATION: null });
    expect(june.size).toBe(18);
    expect(asObject(await circularCounts("2020-06-30"))).toEqual(asObject(june));
    expect(asObject(await assessmentCounts(new Date("2020-06-30")))).toEqual(asObject(june));
  });

  it("today", async () => {
    today = await dashboardCounts(null);
    expect(today.get("集士港镇")!.RECTIFICATION).toBe(1);
    expect(today.get("古林镇")!.ELIMINATION).toBe(2);
    expect(today.get("横街镇")!.RECTIFICATION).toBe(1);
    expect(asObject(await circularCounts(beijingIsoDay(new Date())))).toEqual(asObject(today));
    expect(asObject(await assessmentCounts(null))).toEqual(asObject(today));
  });

  it("differ between the two days in the units whose cases moved after 30 June (the test can tell them apart)", () => {
    const moved = [...june].filter(([name, c]) => JSON.stringify(c) !== JSON.stringify(today.get(name)));
    expect(moved.map(([name]) => name).sort()).toEqual(["古林镇", "横街镇", "集士港镇"].sort());
  });
});
