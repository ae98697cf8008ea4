// The city's read-only drill-down into a district's documents (docs/domain.md §市级): its 通报 and 约谈记录 as its
// 通报与约谈 page lists them and its 工作简报, each .docx downloadable by the city's accounts through the city's
// routes — the same frozen file the district's own leader gets — with nothing to issue, sign or follow up; another
// district's record is not found under this district's code, and every district account gets not found.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";

import CityDistrictDocumentsPage from "@/app/(portal)/city/districts/[code]/documents/page";
import { GET as cityBriefing } from "@/app/api/city/districts/[code]/briefing/route";
import { GET as cityNotice } from "@/app/api/city/districts/[code]/notices/[id]/route";
import { GET as districtNotice } from "@/app/api/documents/notices/[id]/route";
import { prisma } from "@/server/db";

import { DISTRICT_B_MARK, districtB, interviewOf, jishigang, USERNAMES } from "../../helpers/matrix-fixtures";
import { asUser } from "../../helpers/session";

const HAISHU = "330203";
const JIANGBEI = "330205";

async function page(who: string, code: string): Promise<string> {
  return asUser(who, async () => {
    try {
      const element = await CityDistrictDocumentsPage({
        params: Promise.resolve({ code }),
        searchParams: Promise.resolve({}),
      });
      return renderToStaticMarkup(createElement(() => element));
    } catch (e) {
      return String((e as { digest?: string }).digest ?? e);
    }
  });
}

const get = (path: string) => new Request(`http://localhost${path}`);
const noticeOf = (who: string, code: string, id: string) =>
  asUser(who, () =>
    cityNotice(get(`/api/city/districts/${code}/notices/${id}`), { params: Promise.resolve({ code, id }) }),
  );
const briefingOf = (who: string, code: string, month: string) =>
  asUser(who, () =>
    cityBriefing(get(`/api/city/districts/${code}/briefing?month=${month}`), { params: Promise.resolve({ code }) }),
  );

let circular: { id: string; title: string; referenceNo: string | null };
let interview: Awaited<ReturnType<typeof interviewOf>>;
let bNotice: { id: string };

beforeAll(async () => {
  await districtB();
  interview = await interviewOf();
  circular = await prisma.supervisionNotice.create({
    data: {
      kind: "CIRCULAR",
      campaignId: interview.campaignId,
      title: "关于整治进展较慢单位的通报",
      body: "集士港镇验收进度滞后于时间进度。",
      date: new Date("2020-06-10T00:00:00Z"),
      referenceNo: "海工强办〔2020〕3号",
      recipients: "集士港镇人民政府",
      issuedById: interview.issuedById,
      units: { create: { unitId: (await jishigang()).id } },
    },
  });
  bNotice = await prisma.supervisionNotice.findFirstOrThrow({ where: { title: { startsWith: DISTRICT_B_MARK } } });
}, 120_000);

describe("a district's documents, read by the city", () => {
  it("lists 海曙区's 通报 and 约谈记录 and its monthly 简报 with downloads through the city's routes, and no button", async () => {
    for (const who of [USERNAMES.cityOffice, USERNAMES.cityLeader]) {
      const html = await page(who, HAISHU);
      expect(html, who).toContain(circular.title);
      expect(html).toContain("海工强办〔2020〕3号");
      expect(html).toContain(interview.title);
      expect(html).toContain(`href="/api/city/districts/${HAISHU}/notices/${circular.id}"`);
      expect(html).toContain(`href="/api/city/districts/${HAISHU}/notices/${interview.id}"`);
      expect(html).not.toContain("/api/documents/notices/");
      expect(html).toContain(`href="/api/city/districts/${HAISHU}/briefing?month=2020-06"`);
      expect(html).toContain("2020年6月");
      // Read-only: no 确认 / 复查 / 签收 buttons, no issuing form; and nothing of 江北区.
      expect(html).not.toContain("<button");
      expect(html).not.toContain("<form");
      expect(html).not.toContain(DISTRICT_B_MARK);
      expect(html).toContain('aria-current="page"');
    }
  });

  it("shows 江北区's own documents under its code, none of 海曙区's", async () => {
    const html = await page(USERNAMES.cityOffice, JIANGBEI);
    expect(html).toContain(DISTRICT_B_MARK);
    expect(html).not.toContain(circular.title);
    expect(html).not.toContain(interview.title);
  });

  it("is not found for every district account, the district's own office and leader included", async () => {
    for (const who of ["office", "leader", "jishigang", "fgj", USERNAMES.bOffice, USERNAMES.bLeader])
      for (const code of [HAISHU, JIANGBEI])
        expect(await page(who, code), `${who} ${code}`).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await page(USERNAMES.cityOffice, "999999")).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});

describe("the drill-down's downloads", () => {
  it("serve the city the same frozen 通报 and 约谈记录 the district's leader downloads", async () => {
    for (const n of [circular, interview]) {
      const city = await noticeOf(USERNAMES.cityLeader, HAISHU, n.id);
      expect(city.status).toBe(200);
      expect(city.headers.get("Content-Type")).toContain("wordprocessingml");
      const own = await asUser("leader", () =>
        districtNotice(get(`/api/documents/notices/${n.id}`), { params: Promise.resolve({ id: n.id }) }),
      );
      expect(own.status).toBe(200);
      expect(Buffer.from(await city.arrayBuffer()).equals(Buffer.from(await own.arrayBuffer()))).toBe(true);
      expect(city.headers.get("Content-Disposition")).toBe(own.headers.get("Content-Disposition"));
    }
  });

  it("do not serve a record under another district's code, nor to any district account", async () => {
    expect((await noticeOf(USERNAMES.cityOffice, JIANGBEI, circular.id)).status).toBe(404);
    expect((await noticeOf(USERNAMES.cityOffice, HAISHU, bNotice.id)).status).toBe(404);
    expect((await noticeOf(USERNAMES.cityOffice, JIANGBEI, bNotice.id)).status).toBe(200);
    for (const who of ["office", "leader", USERNAMES.bOffice]) {
      expect((await noticeOf(who, HAISHU, circular.id)).status, who).toBe(404);
      expect((await briefingOf(who, HAISHU, "2020-06")).status, who).toBe(404);
    }
  });

  it("serve the district's 工作简报 of a month (the 未发布稿 while unpublished), not a month outside its year", async () => {
    const res = await briefingOf(USERNAMES.cityOffice, HAISHU, "2020-06");
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get("Content-Disposition") ?? "")).toContain(
      "整治提升工作简报（2020年6月）（未发布稿）",
    );
    expect((await briefingOf(USERNAMES.cityOffice, HAISHU, "2019-06")).status).toBe(404);
    expect((await briefingOf(USERNAMES.cityOffice, HAISHU, "bad")).status).toBe(404);
  });
});
