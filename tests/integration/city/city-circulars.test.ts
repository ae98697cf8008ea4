// 市级通报 (docs/domain.md §市级): the city office names a lagging district (江北区, districtB) in a 通报 numbered with
// the city's own 机关代字; the .docx comes from the city office; the named district's office sees its copy and signs
// for it; 海曙区's office sees nothing of it; nobody but the city office issues one.
import { beforeAll, describe, expect, it } from "vitest";

import { GET as download } from "@/app/api/documents/city-circulars/[id]/route";
import { CATEGORIES } from "@/lib/campaigns/annex";
import { asOfMoment } from "@/lib/dashboard/history";
import { beijingDay } from "@/lib/dates";
import { type CityFrozenFigures, laggingDistricts } from "@/lib/documents/city-circular";
import { acknowledgeCityCircular } from "@/server/city/actions/acknowledge-city-circular";
import { issueCityCircular } from "@/server/city/actions/issue-city-circular";
import { cityCircularFigures, listCityCirculars, listDistrictCityCirculars } from "@/server/city/circulars";
import { viewerOf } from "@/server/city/district-viewer";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";
import { getTodos } from "@/server/home/get-todos";

import { HAISHU_DISTRICT_ID } from "../../helpers/fixtures";
import { districtB, getRequest, params, USERNAMES } from "../../helpers/matrix-fixtures";
import { asUser, sessionOf } from "../../helpers/session";
import { readDocx } from "../../helpers/unzip";

let b: Awaited<ReturnType<typeof districtB>>;
let circularId: string;

const issue = (who: string, extra: Record<string, unknown> = {}) =>
  asUser(who, () =>
    issueCityCircular({
      year: 2020,
      districtIds: [b.district.id],
      title: "关于2020年淘汰落后产能工作进展滞后区县（市）的通报",
      body: "截至2020年6月30日，江北区工作进展滞后，现予以通报。",
      date: "2020-07-01",
      dataDate: "2020-06-30",
      ...extra,
    }),
  );

const get = (who: string, id: string) =>
  asUser(who, () => download(getRequest(`/api/documents/city-circulars/${id}`), params(id)));

beforeAll(async () => {
  b = await districtB();
  const res = await issue(USERNAMES.cityOffice);
  if (!res.ok) throw new Error(`issue failed: ${JSON.stringify(res)}`);
  circularId = res.data.id;
});

describe("市级通报 issued by the city office", () => {
  it("pre-selects 江北区 as lagging by the district's own rule (0 of 3 accepted at half the year)", async () => {
    const figures = await cityCircularFigures(
      await sessionOf(USERNAMES.cityOffice),
      2020,
      new Date("2020-06-30T00:00:00Z"),
      new Date(),
    );
    const row = figures.districts.find((d) => d.districtId === b.district.id)!;
    expect(row.figures.ELIMINATION).toMatchObject({ target: 3, against: "QUOTAS", accepted: 0 });
    expect(row.lagReason).toContain("淘汰落后产能完成 0/3");
    expect(laggingDistricts(figures.districts)).toContain(b.district.id);
  });

  it("states each district's row exactly as its own 全区总览 shows it that day, today and on a past day", async () => {
    const city = await sessionOf(USERNAMES.cityOffice);
    const now = new Date();
    for (const day of [new Date("2020-06-30T00:00:00Z"), beijingDay(now)]) {
      const figures = await cityCircularFigures(city, 2020, day, now);
      expect(figures.districts.map((d) => d.districtId).sort()).toEqual(
        [HAISHU_DISTRICT_ID, b.district.id].sort((x, y) => x - y),
      );
      for (const row of figures.districts) {
        const viewer = viewerOf(city, await prisma.district.findUniqueOrThrow({ where: { id: row.districtId } }));
        const campaign = await prisma.campaign.findFirstOrThrow({ where: { districtId: row.districtId, year: 2020 } });
        const d = (await getDashboard(viewer, campaign, asOfMoment(day, now)))!;
        expect(row.elapsed).toBe(d.elapsed);
        for (const c of CATEGORIES) {
          expect(row.figures[c].accepted, `${row.name} ${c}`).toBe(d.district[c].accepted);
          expect(row.figures[c].submitted, `${row.name} ${c}`).toBe(d.district[c].submitted);
        }
      }
    }
  });

  it("is numbered 甬工强办〔2020〕1号 city-wide, freezes 江北区's figures and enters the city's and the district's logs", async () => {
    const n = await prisma.cityCircular.findUniqueOrThrow({ where: { id: circularId }, include: { districts: true } });
    expect(n.referenceNo).toBe("甬工强办〔2020〕1号");
    expect(n.recipients).toBe("");
    const frozen = n.figures as CityFrozenFigures;
    expect(frozen.districts.map((d) => d.name)).toEqual(["江北区"]);
    expect(n.districts.map((d) => d.districtId)).toEqual([b.district.id]);
    expect(n.documentSha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = await prisma.auditLog.findMany({
      where: { action: "cityCircular.issue" },
      select: { entity: true, districtId: true },
      orderBy: { id: "asc" },
    });
    expect(audit).toEqual([
      { entity: "CityCircular", districtId: null },
      { entity: "CityCircularDistrict", districtId: b.district.id },
    ]);
    // 江北区's office is told.
    const bOffice = await prisma.user.findUniqueOrThrow({ where: { username: USERNAMES.bOffice } });
    expect(
      await prisma.notification.count({
        where: { recipientId: bOffice.id, text: { contains: "甬工强办〔2020〕1号" } },
      }),
    ).toBe(1);
    // The next one of the year takes 2号; a number already used is refused at its field.
    const again = await issue(USERNAMES.cityOffice, { referenceNo: "甬工强办〔2020〕1号" });
    expect(again).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { referenceNo: [expect.stringContaining("已被使用")] },
    });
    const second = await issue(USERNAMES.cityOffice);
    expect(second).toMatchObject({ ok: true, data: { referenceNo: "甬工强办〔2020〕2号" } });
  });

  it("refuses a text stating another day than its 数据截至", async () => {
    const res = await issue(USERNAMES.cityOffice, { body: "截至2020年5月31日，江北区工作进展滞后。" });
    expect(res).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { body: [expect.stringContaining("5月31日")] },
    });
  });

  it("is a .docx from the city office: its 红头 and 落款, its 发文字号, 江北区 and its figures", async () => {
    const res = await get(USERNAMES.cityOffice, circularId);
    expect(res.status).toBe(200);
    const { paragraphs, text } = await readDocx(Buffer.from(await res.arrayBuffer()));
    expect(paragraphs[0]).toBe("宁波市工业强市建设领导小组办公室");
    expect(text).toContain("甬工强办〔2020〕1号");
    expect(text).toContain("各区县（市）工业强区（市、县）建设领导小组办公室：");
    expect(text).toContain("江北区");
    expect(text).toContain("被通报区县（市）工作进展情况表");
    expect(paragraphs.filter((p) => p === "宁波市工业强市建设领导小组办公室").length).toBe(2);
    // The city leader reads it too.
    expect((await get(USERNAMES.cityLeader, circularId)).status).toBe(200);
  });

  it("cannot be issued by a district office, the city leader or a township", async () => {
    for (const who of [USERNAMES.bOffice, "office", USERNAMES.cityLeader, USERNAMES.bTownship])
      expect(await issue(who)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("the named district", () => {
  it("sees its copy on 通报与约谈 (its office and its leader) and downloads it; its township does not", async () => {
    const rows = await listDistrictCityCirculars(await sessionOf(USERNAMES.bOffice));
    const row = rows.find((r) => r.circular.id === circularId)!;
    expect(row.circular.referenceNo).toBe("甬工强办〔2020〕1号");
    expect(row.circular.figures.districts.map((d) => d.name)).toEqual(["江北区"]);
    expect(row.acknowledgedAt).toBeNull();
    expect(await listDistrictCityCirculars(await sessionOf(USERNAMES.bLeader))).toHaveLength(rows.length);
    expect(await listDistrictCityCirculars(await sessionOf(USERNAMES.bTownship))).toEqual([]);
    const res = await get(USERNAMES.bOffice, circularId);
    expect(res.status).toBe(200);
    const { text } = await readDocx(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain("江北区");
    expect(res.headers.get("Repr-Digest")).toBeTruthy();
    expect((await get(USERNAMES.bLeader, circularId)).status).toBe(200);
    expect((await get(USERNAMES.bTownship, circularId)).status).toBe(404);
  });

  it("signs for it once (its office only), from its 待办 until then; the city sees who signed", async () => {
    const bOffice = await sessionOf(USERNAMES.bOffice);
    const waiting = async () =>
      (await getTodos(bOffice, b.campaign, new Date()))!.filter((t) => t.key === `city-circular:${circularId}`);
    expect(await waiting()).toMatchObject([
      { kind: "CITY_CIRCULAR", action: "去签收", href: `/supervision#city-circular-${circularId}` },
    ]);
    expect(await asUser(USERNAMES.bLeader, () => acknowledgeCityCircular({ circularId }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await asUser(USERNAMES.bOffice, () => acknowledgeCityCircular({ circularId }))).toMatchObject({ ok: true });
    expect(await asUser(USERNAMES.bOffice, () => acknowledgeCityCircular({ circularId }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await waiting()).toEqual([]);
    const listed = (await listCityCirculars()).find((c) => c.id === circularId)!;
    expect(listed.districts[0]).toMatchObject({
      districtId: b.district.id,
      acknowledgedAt: expect.any(Date),
      acknowledgedBy: { displayName: USERNAMES.bOffice },
    });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "cityCircular.acknowledge" } });
    expect(entry.districtId).toBe(b.district.id);
  });
});

describe("another district (海曙区)", () => {
  it("sees nothing of it: not listed, its download not found, its 签收 not found", async () => {
    expect(await listDistrictCityCirculars(await sessionOf("office"))).toEqual([]);
    expect((await get("office", circularId)).status).toBe(404);
    expect((await get("leader", circularId)).status).toBe(404);
    expect(await asUser("office", () => acknowledgeCityCircular({ circularId }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});
