// 市级评价考核 (docs/domain.md §市级): the city office scores 海曙区 and 江北区 (districtB) for 2020 with the districts'
// own rules — each figure from the district's row of the city roll-up as of the day asked for — scores the manual
// item with a reason (versioned: a stale form is refused), publishes as of a day (frozen: a case accepted later
// changes nothing), and each district's office reads its own published row only; other pages are not found.
import { beforeAll, describe, expect, it } from "vitest";

import OwnCityScorePage from "@/app/(portal)/assessment/city/page";
import CityAssessmentPage from "@/app/(portal)/city/assessment/page";
import { DEFAULT_CITY_SCHEME } from "@/lib/assessment/scheme";
import { adjustCityAssessment } from "@/server/city/actions/adjust-city-assessment";
import { publishCityAssessment } from "@/server/city/actions/publish-city-assessment";
import { saveCityAssessmentScheme } from "@/server/city/actions/save-city-assessment-scheme";
import { getCityAssessment, getOwnCityScores } from "@/server/city/assessment";
import { prisma } from "@/server/db";

import { fixClock } from "../../helpers/clock";
import { changed, snapshot } from "../../helpers/db-snapshot";
import { HAISHU_DISTRICT_ID } from "../../helpers/fixtures";
import { districtB, USERNAMES } from "../../helpers/matrix-fixtures";
import { asUser, sessionOf } from "../../helpers/session";

fixClock();

const CITY = USERNAMES.cityOffice;
let b: Awaited<ReturnType<typeof districtB>>;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const rowOf = <R extends { subjectId: number }>(rows: R[], id: number) => rows.find((r) => r.subjectId === id)!;
type Row = {
  subjectId: number;
  total: number | null;
  breakdown: { rule: string; points: number | null; detail: string }[];
};
const item = (row: Row, rule: string) => row.breakdown.find((c) => c.rule === rule)!;

async function visit(page: () => Promise<unknown>, who: string) {
  try {
    await asUser(who, page);
    return "200";
  } catch (e) {
    if (String((e as { digest?: string }).digest ?? "").startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "404";
    throw e;
  }
}

beforeAll(async () => {
  b = await districtB();
  const city = await prisma.user.findUniqueOrThrow({ where: { username: CITY } });
  // The city's 2020 targets: 江北区 3 淘汰 and “/” 整治 (its units split 3 淘汰); 海曙区 not issued.
  await prisma.districtTarget.createMany({
    data: [
      { districtId: b.district.id, year: 2020, category: "ELIMINATION", target: 3, updatedById: city.id },
      { districtId: b.district.id, year: 2020, category: "RECTIFICATION", target: null, updatedById: city.id },
    ],
  });
  // 江北区's case, submitted on 1 June, is accepted on 1 August.
  await prisma.case.update({
    where: { id: b.case.id },
    data: { status: "ACCEPTED", acceptedAt: day("2020-08-01"), createdAt: day("2020-05-01") },
  });
  const res = await asUser(CITY, () =>
    saveCityAssessmentScheme({
      year: 2020,
      indicators: DEFAULT_CITY_SCHEME.map((i) => ({ ...i, maxPoints: String(i.maxPoints) })),
    }),
  );
  if (!res.ok) throw new Error(JSON.stringify(res));
});

describe("the draft is computed from the records as of the day asked for", () => {
  it("counts 江北区's case accepted on 1 August on 10 August, not on 31 July", async () => {
    const user = await sessionOf(CITY);
    const july = await getCityAssessment(user, 2020, day("2020-07-31"));
    const august = await getCityAssessment(user, 2020, day("2020-08-10"));
    expect(item(rowOf(july.rows, b.district.id), "completion.ELIMINATION")).toMatchObject({
      points: 0,
      detail: "完成 0/3（0%）",
    });
    expect(item(rowOf(august.rows, b.district.id), "completion.ELIMINATION")).toMatchObject({
      points: 10,
      detail: "完成 1/3（33%）",
    });
    // Its units split the 3 the city issued; “/” needs nothing; 海曙区 had no target issued: not applicable.
    expect(item(rowOf(august.rows, b.district.id), "split")).toMatchObject({ points: 10 });
    expect(item(rowOf(august.rows, b.district.id), "completion.RECTIFICATION").points).toBeNull();
    expect(item(rowOf(august.rows, HAISHU_DISTRICT_ID), "completion.ELIMINATION").points).toBeNull();
    expect(rowOf(august.rows, HAISHU_DISTRICT_ID)).toMatchObject({ total: 0 });
    expect(august.editable).toBe(true);
  });
});

describe("scoring a manual item", () => {
  const manual = async () =>
    prisma.cityAssessmentIndicator.findFirstOrThrow({ where: { year: 2020, rule: "manual.1" } });

  it("refuses publishing while a ranked district's manual item is not scored", async () => {
    const before = await snapshot();
    const res = await asUser(CITY, () => publishCityAssessment({ year: 2020, asOf: "2020-08-10" }));
    expect(res).toMatchObject({ ok: false, code: "INVALID" });
    expect(!res.ok && res.message).toContain("尚有 2 项市工强办评分未评");
    expect(changed(before, await snapshot())).toEqual([]);
  });

  it("keeps the score with its reason, enters it in the city's and the district's logs, refuses a stale form", async () => {
    const ind = await manual();
    const first = await asUser(CITY, () =>
      adjustCityAssessment({
        year: 2020,
        indicatorId: ind.id,
        districtId: b.district.id,
        points: "15",
        reason: "机制健全，推进有力",
        version: null,
      }),
    );
    expect(first).toEqual({ ok: true, data: { points: 15, manual: true } });
    // A second form built on "no score yet" is stale now.
    const before = await snapshot();
    const stale = await asUser(CITY, () =>
      adjustCityAssessment({
        year: 2020,
        indicatorId: ind.id,
        districtId: b.district.id,
        points: "5",
        reason: "另一份表单",
        version: null,
      }),
    );
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(changed(before, await snapshot())).toEqual([]);
    // More than the item's points: refused at the field.
    const over = await asUser(CITY, () =>
      adjustCityAssessment({
        year: 2020,
        indicatorId: ind.id,
        districtId: HAISHU_DISTRICT_ID,
        points: "25",
        reason: "超出满分",
        version: null,
      }),
    );
    expect(over).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { points: ["评分在 0 到 20 分之间"] } });
    const ok = await asUser(CITY, () =>
      adjustCityAssessment({
        year: 2020,
        indicatorId: ind.id,
        districtId: HAISHU_DISTRICT_ID,
        points: "0",
        reason: "未按要求报送工作机制",
        version: null,
      }),
    );
    expect(ok).toMatchObject({ ok: true, data: { manual: true } });
    const saved = await prisma.cityAssessmentAdjustment.findMany({ where: { indicatorId: ind.id } });
    expect(saved.map((s) => [s.districtId, s.points, s.version]).sort()).toEqual(
      [
        [b.district.id, 15, 0],
        [HAISHU_DISTRICT_ID, 0, 0],
      ].sort(),
    );
    const logs = await prisma.auditLog.findMany({ where: { action: "cityAssessment.adjust" } });
    expect(logs.map((l) => l.districtId).sort()).toEqual([null, null, b.district.id, HAISHU_DISTRICT_ID].sort());
    // The city leader reads, never scores; a district office neither.
    for (const who of [USERNAMES.cityLeader, "office", USERNAMES.bOffice]) {
      const res = await asUser(who, () =>
        adjustCityAssessment({
          year: 2020,
          indicatorId: ind.id,
          districtId: b.district.id,
          points: "20",
          reason: "越权",
          version: 0,
        }),
      );
      expect(res, who).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
  });
});

describe("publishing", () => {
  it("freezes the scores as of the day: later changes and later days never alter them", async () => {
    const res = await asUser(CITY, () => publishCityAssessment({ year: 2020, asOf: "2020-07-31" }));
    expect(res.ok).toBe(true);
    const pub = await prisma.cityAssessmentPublication.findFirstOrThrow({ include: { scores: true } });
    const jb = pub.scores.find((s) => s.districtId === b.district.id)!;
    // As of 31 July: nothing accepted yet → 0 of 60 for completion, 10 split, 10 通报, 15 scored → 35 of 70 applicable.
    expect(jb).toMatchObject({ name: "江北区", isSample: true, rank: 1, total: 50 });
    // A later acceptance (and later scoring attempts) change nothing once published.
    await prisma.case.update({ where: { id: b.case.id }, data: { acceptedAt: day("2020-07-01") } });
    const after = await getCityAssessment(await sessionOf(USERNAMES.cityLeader), 2020, null);
    expect(rowOf(after.publication!.rows, b.district.id)).toMatchObject({ total: 50, rank: 1 });
    expect(after.editable).toBe(false);
    const ind = await prisma.cityAssessmentIndicator.findFirstOrThrow({ where: { year: 2020, rule: "manual.1" } });
    const late = await asUser(CITY, () =>
      adjustCityAssessment({
        year: 2020,
        indicatorId: ind.id,
        districtId: b.district.id,
        points: "20",
        reason: "发布后再改",
        version: 0,
      }),
    );
    expect(late).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const again = await asUser(CITY, () => publishCityAssessment({ year: 2020, asOf: "2020-08-10" }));
    expect(again).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Each district's office and leader are told; each district's log holds its own frozen row.
    const notes = await prisma.notification.findMany({
      where: { href: "/assessment/city?year=2020" },
      include: { recipient: { select: { districtId: true, role: true } } },
    });
    expect(new Set(notes.map((n) => n.recipient.districtId))).toEqual(new Set([HAISHU_DISTRICT_ID, b.district.id]));
    expect(notes.every((n) => n.recipient.role === "OFFICE" || n.recipient.role === "LEADER")).toBe(true);
    const own = await prisma.auditLog.findMany({
      where: { action: "cityAssessment.publish", entity: "CityAssessmentScore" },
    });
    expect(own.map((l) => l.districtId).sort()).toEqual([HAISHU_DISTRICT_ID, b.district.id].sort());
  });

  it("shows each district's office its own published row only", async () => {
    const jb = await getOwnCityScores(await sessionOf(USERNAMES.bOffice));
    expect(jb.map((s) => [s.year, s.row.name, s.row.total, s.isSample])).toEqual([[2020, "江北区", 50, true]]);
    expect(jb[0].ranked).toBe(2);
    const hs = await getOwnCityScores(await sessionOf("office"));
    expect(hs.map((s) => s.row.name)).toEqual(["海曙区"]);
    expect(JSON.stringify(hs)).not.toContain("江北区");
    expect(await getOwnCityScores(await sessionOf(USERNAMES.cityOffice))).toEqual([]);
  });

  it("opens the pages to those who may see them, and nobody else", async () => {
    const cityPage = () => CityAssessmentPage({ searchParams: Promise.resolve({ year: "2020" }) });
    const own = (year?: string) => () => OwnCityScorePage({ searchParams: Promise.resolve({ year }) });
    expect(await visit(cityPage, CITY)).toBe("200");
    expect(await visit(cityPage, USERNAMES.cityLeader)).toBe("200");
    for (const who of ["office", "leader", USERNAMES.bOffice, USERNAMES.township]) {
      expect(await visit(cityPage, who), who).toBe("404");
    }
    // A district that is not the city's: not found.
    const other = () => CityAssessmentPage({ searchParams: Promise.resolve({ year: "2020", district: "999999" }) });
    expect(await visit(other, CITY)).toBe("404");
    expect(
      await visit(
        () => CityAssessmentPage({ searchParams: Promise.resolve({ year: "2020", district: "330205" }) }),
        CITY,
      ),
    ).toBe("200");
    for (const who of ["office", "leader", USERNAMES.bOffice, USERNAMES.bLeader])
      expect(await visit(own("2020"), who), who).toBe("200");
    // A year without a published score of one's own district, a township, a department, the city: not found.
    expect(await visit(own("2019"), USERNAMES.bOffice)).toBe("404");
    for (const who of [USERNAMES.township, USERNAMES.department, CITY])
      expect(await visit(own(), who), who).toBe("404");
  });
});
