// Figures you can sign: a 通报, 约谈 or 简报 computes every figure as of its data date (数据截至, default its own date)
// exactly as the dashboard does at 统计截至 that day, says that day in its text, annex and 落款, and — once published —
// is frozen: every later download is the same file (the SHA-256 recorded at publication), whatever changes.
import { createHash } from "node:crypto";

import { beforeAll, describe, expect, it, vi } from "vitest";

import { GET as briefingRoute } from "@/app/api/documents/briefing/route";
import { GET as figuresRoute } from "@/app/api/documents/figures/route";
import { GET as noticeRoute } from "@/app/api/documents/notices/[id]/route";
import { asOfMoment } from "@/lib/dashboard/history";
import { draftCircular } from "@/lib/documents/circular";
import type { DocumentFigures } from "@/lib/documents/data-date";
import { figuresTable } from "@/lib/documents/figures-text";
import { draftInterviewIssues } from "@/lib/documents/interview";
import { HAISHU_ISSUER } from "@/lib/documents/office";
import { formatPercent } from "@/lib/format";
import type { FrozenFigures } from "@/lib/supervision/rules";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";
import { publishBriefing } from "@/server/documents/actions/publish-briefing";
import { issueCircular } from "@/server/supervision/actions/issue-circular";
import { issueInterview } from "@/server/supervision/actions/issue-interview";

import { getRequest, params } from "../../helpers/matrix-fixtures";
import { actAs, asUser } from "../../helpers/session";
import { readDocx } from "../../helpers/unzip";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const bj = (s: string) => new Date(`${s}+08:00`);
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

const download = async (who: string, id: string) => {
  const res = await asUser(who, () => noticeRoute(getRequest(`/api/documents/notices/${id}`), params(id)));
  expect(res.status).toBe(200);
  return { bytes: Buffer.from(await res.arrayBuffer()), digest: res.headers.get("Repr-Digest") };
};
const figuresOf = async (asOf: string) => {
  const res = await asUser("office", () => figuresRoute(getRequest(`/api/documents/figures?asOf=${asOf}`)));
  return { status: res.status, body: (await res.json()) as DocumentFigures & { message?: string } };
};

let campaign: Awaited<ReturnType<typeof prisma.campaign.findFirstOrThrow>>;
let gulin: number;
let caseLater: string;

beforeAll(async () => {
  campaign = await prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } });
  gulin = (await prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } })).id;
  const office = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
  const make = async (name: string, data: Record<string, unknown>) => {
    const enterprise = await prisma.enterprise.create({ data: { name, unitId: gulin, industry: "FOUNDRY" } });
    return prisma.case.create({
      data: {
        campaignId: campaign.id,
        enterpriseId: enterprise.id,
        unitId: gulin,
        category: "ELIMINATION",
        disposalPath: "DISMANTLED",
        createdById: office.id,
        ...data,
      } as never,
    });
  };
  // 古林镇: one case accepted on 10 June; one submitted on 20 June and accepted only on 15 July (awaiting review on
  // 30 June); one registered in August (not there yet on 30 June).
  await make("古林数据截至甲厂", {
    status: "ACCEPTED",
    createdAt: bj("2020-05-06T10:00:00"),
    submittedAt: bj("2020-06-01T10:00:00"),
    acceptedAt: bj("2020-06-10T10:00:00"),
  });
  caseLater = (
    await make("古林数据截至乙厂", {
      status: "ACCEPTED",
      createdAt: bj("2020-05-07T10:00:00"),
      submittedAt: bj("2020-06-20T10:00:00"),
      acceptedAt: bj("2020-07-15T10:00:00"),
    })
  ).id;
  await make("古林数据截至丙厂", { status: "IN_PROGRESS", createdAt: bj("2020-08-03T10:00:00") });
  await actAs("office");
});

describe("a 通报 dated 30 June 2020", () => {
  let id: string;
  let frozen: FrozenFigures;

  beforeAll(async () => {
    // The page's draft: the figures of the data date, read as the form reads them.
    const { body: figures } = await figuresOf("2020-06-30");
    const unitIds = figures.units.map((u) => u.unitId);
    const draft = draftCircular({
      issuer: HAISHU_ISSUER,
      units: figures.units,
      elapsed: figures.elapsed,
      dataDate: day("2020-06-30"),
      year: 2020,
      campaignTitle: campaign.title,
      referenceNo: "",
    });
    const res = await issueCircular({ ...draft, unitIds, date: "2020-06-30" });
    if (!res.ok) throw new Error(JSON.stringify(res));
    id = res.data.id;
    frozen = (await prisma.supervisionNotice.findUniqueOrThrow({ where: { id } })).figures as FrozenFigures;
  });

  it("freezes every unit's figures exactly as the dashboard shows them at 统计截至 2020-06-30", async () => {
    const office = (await actAs("office"))!;
    const d = (await getDashboard(office, campaign, asOfMoment(day("2020-06-30"), new Date())))!;
    expect(formatPercent(d.elapsed)).toBe("49%");
    expect(frozen.elapsed).toBe(d.elapsed);
    expect(frozen.units).toHaveLength(d.rows.length);
    for (const row of d.rows) {
      const unit = frozen.units.find((u) => u.unitId === row.unitId)!;
      expect(unit.lagReason).toBe(row.lagReason ?? row.shortfallReason);
      for (const c of ["ELIMINATION", "RECTIFICATION"] as const) {
        const f = row.figures[c];
        expect(unit.figures[c]).toEqual({
          target: f.target,
          accepted: f.accepted,
          submitted: f.submitted,
          completion: f.completion,
        });
      }
    }
    // The counts of that day: 古林镇 had one accepted and one awaiting review — not today's two accepted.
    const gulinThen = frozen.units.find((u) => u.unitId === gulin)!.figures.ELIMINATION;
    const gulinNow = (await getDashboard(office, campaign, new Date()))!.rows.find((r) => r.unitId === gulin)!.figures
      .ELIMINATION;
    expect(gulinThen.submitted).toBeGreaterThanOrEqual(1);
    expect(gulinNow.accepted - gulinThen.accepted).toBeGreaterThanOrEqual(1);
  });

  it("says 30 June — and 49 % — in its text, its annex and its 落款, and nothing of today", async () => {
    const { paragraphs } = await readDocx((await download("office", id)).bytes);
    const text = paragraphs.join("\n");
    expect(text).toContain("截至2020年6月30日，全年序时进度为49%");
    expect(paragraphs).toContain("（数据截至二〇二〇年六月三十日，全年序时进度49%）");
    expect(paragraphs).toContain("二〇二〇年六月三十日"); // the 落款
    expect(text).not.toMatch(/2026|二〇二六|100%/);
    // The annex's rows are the frozen (= the dashboard's) figures of every unit.
    for (const row of figuresTable(frozen.units).rows) for (const cell of row) expect(paragraphs).toContain(cell);
  });

  it("downloads as the very same file later, after the records and the clock have changed (SHA-256 recorded)", async () => {
    const row = await prisma.supervisionNotice.findUniqueOrThrow({ where: { id }, include: { units: true } });
    const first = await download("office", id);
    expect(sha(first.bytes)).toBe(row.documentSha256);
    expect(first.digest).toBe(`sha-256=:${Buffer.from(row.documentSha256!, "hex").toString("base64")}:`);
    const township = await download("gulin", id);
    const own = row.units.find((u) => u.unitId === gulin)!;
    expect(sha(township.bytes)).toBe(own.documentSha256);
    expect(township.bytes.equals(first.bytes)).toBe(false); // its own copy: its own figures only

    // A month later by the clock, and a case of 古林镇 reopened meanwhile.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date(Date.now() + 31 * 86_400_000), shouldAdvanceTime: true });
    try {
      await prisma.case.update({ where: { id: caseLater }, data: { status: "IN_PROGRESS", acceptedAt: null } });
      const again = await download("office", id);
      expect(again.bytes.equals(first.bytes)).toBe(true);
      expect(sha(again.bytes)).toBe(row.documentSha256);
      expect((await download("gulin", id)).bytes.equals(township.bytes)).toBe(true);
    } finally {
      vi.useRealTimers();
      await prisma.case.update({
        where: { id: caseLater },
        data: { status: "ACCEPTED", acceptedAt: bj("2020-07-15T10:00:00") },
      });
    }
  });
});

describe("keeping to the data date", () => {
  const base = { title: "关于进度的通报", date: "2020-07-03" };

  it("refuses a text stating another day or another time progress, at the text", async () => {
    const unitIds = [gulin];
    const res = await issueCircular({ ...base, unitIds, body: "截至2026年12月7日，全年序时进度为100%，现予以通报。" });
    expect(res).toMatchObject({ ok: false, code: "INVALID" });
    expect(!res.ok && res.fieldErrors?.body?.[0]).toMatch(/^正文与数据截至日期不一致：写的是“截至2026年12月7日”/);
  });

  it("refuses a data date after the document's date or after today, at the field", async () => {
    const body = "请加快推进整改工作。";
    const late = await issueCircular({ ...base, unitIds: [gulin], body, dataDate: "2020-07-04" });
    expect(!late.ok && late.fieldErrors?.dataDate).toEqual(["数据截至日期不能晚于通报日期"]);
    const future = await issueCircular({ ...base, unitIds: [gulin], body, date: "2099-01-01" });
    expect(!future.ok && future.fieldErrors?.date?.[0]).toMatch(/^数据截至日期不能晚于今天/);
    expect((await figuresOf("2099-01-01")).status).toBe(400);
  });

  it("a 通报 dated 3 July with figures as of 30 June says 30 June for its figures and 3 July in its 落款", async () => {
    const { body: figures } = await figuresOf("2020-06-30");
    const draft = draftCircular({
      issuer: HAISHU_ISSUER,
      units: figures.units.filter((u) => u.unitId === gulin),
      elapsed: figures.elapsed,
      dataDate: day("2020-06-30"),
      year: 2020,
      campaignTitle: campaign.title,
      referenceNo: "",
    });
    const res = await issueCircular({ ...draft, unitIds: [gulin], date: "2020-07-03", dataDate: "2020-06-30" });
    if (!res.ok) throw new Error(JSON.stringify(res));
    const { paragraphs } = await readDocx((await download("office", res.data.id)).bytes);
    expect(paragraphs.join("\n")).toContain("截至2020年6月30日，全年序时进度为49%");
    expect(paragraphs).toEqual(
      expect.arrayContaining(["（数据截至二〇二〇年六月三十日，全年序时进度49%）", "二〇二〇年七月三日"]),
    );
    const row = await prisma.supervisionNotice.findUniqueOrThrow({ where: { id: res.data.id } });
    expect(row.dataDate).toEqual(day("2020-06-30"));
  });

  it("a 约谈 drafts from the figures of its data date, states that day, and is frozen too", async () => {
    const { body: figures } = await figuresOf("2020-06-30");
    const unit = figures.units.find((u) => u.unitId === gulin)!;
    const res = await issueInterview({
      unitId: gulin,
      date: "2020-06-30",
      participants: "区工强办主任、古林镇分管副镇长",
      body: draftInterviewIssues(unit, figures.elapsed, day("2020-06-30")),
      commitments: "7月底前完成验收",
      followUpDate: "2020-07-30",
    });
    if (!res.ok) throw new Error(JSON.stringify(res));
    const first = await download("gulin", res.data.id);
    expect(sha(first.bytes)).toBe(res.data.sha256);
    const { paragraphs } = await readDocx(first.bytes);
    expect(paragraphs).toEqual(expect.arrayContaining(["进展数据截至", "二〇二〇年六月三十日"]));
    expect(paragraphs.join("")).toContain("截至2020年6月30日，全年序时进度为49%，你单位淘汰落后产能");
    expect((await download("office", res.data.id)).bytes.equals(first.bytes)).toBe(true);
  });
});

describe("the monthly 简报, published", () => {
  const briefing = async (who: string, month: string) => {
    const res = await asUser(who, () => briefingRoute(getRequest(`/api/documents/briefing?month=${month}`)));
    expect(res.status).toBe(200);
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  };

  it("is previewed as a draft, then published once; every later download is the frozen file", async () => {
    const draft = await briefing("leader", "2020-06");
    expect(decodeURIComponent(draft.res.headers.get("Content-Disposition")!)).toContain(
      "整治提升工作简报（2020年6月）（未发布稿）.docx",
    );
    const published = await publishBriefing({ month: "2020-06" });
    if (!published.ok) throw new Error(JSON.stringify(published));
    const row = await prisma.publishedBriefing.findUniqueOrThrow({ where: { id: published.data.id } });
    expect(row.dataDate).toEqual(day("2020-06-30"));
    const first = await briefing("leader", "2020-06");
    expect(decodeURIComponent(first.res.headers.get("Content-Disposition")!)).toContain(
      "整治提升工作简报（2020年6月）.docx",
    );
    expect(sha(first.bytes)).toBe(row.documentSha256);
    const { paragraphs } = await readDocx(first.bytes);
    expect(paragraphs).toEqual(
      expect.arrayContaining(["第6期　　区工强办编　　二〇二〇年六月三十日", "（截至二〇二〇年六月三十日）"]),
    );

    vi.useFakeTimers({ toFake: ["Date"], now: new Date(Date.now() + 40 * 86_400_000), shouldAdvanceTime: true });
    try {
      await prisma.case.update({ where: { id: caseLater }, data: { acceptedAt: bj("2020-06-25T10:00:00") } });
      expect((await briefing("office", "2020-06")).bytes.equals(first.bytes)).toBe(true);
    } finally {
      vi.useRealTimers();
      await prisma.case.update({ where: { id: caseLater }, data: { acceptedAt: bj("2020-07-15T10:00:00") } });
    }
    expect(await publishBriefing({ month: "2020-06" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringMatching(/^2020年6月简报已于.*发布，不能重复发布$/),
    });
  });

  it("is not published for a month outside the campaign", async () => {
    expect(await publishBriefing({ month: "2019-12" })).toMatchObject({ ok: false, code: "INVALID" });
  });
});
