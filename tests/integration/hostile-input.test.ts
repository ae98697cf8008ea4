// Hostile input (README 安全): NUL characters, year 0000, malformed ids and huge arrays reach the real
// actions and route handlers and must come back as a field error (or an empty answer), never a 500 /
// "系统繁忙" — and a list repeated thousands of times is stored once.
import { beforeEach, describe, expect, it } from "vitest";

import { GET as searchEnterprisesRoute } from "@/app/api/tasks/enterprises/route";
import { POST as submitTip } from "@/app/api/tips/public/route";
import { parseCaseListFilters } from "@/lib/cases/list-filters";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { registerCase } from "@/server/cases/actions/register-case";
import { updateCase } from "@/server/cases/actions/update-case";
import { getCase } from "@/server/cases/get-case";
import { listCases } from "@/server/cases/list-cases";
import { prisma } from "@/server/db";
import { getReturnVisit } from "@/server/return-visits/get-return-visit";
import { issueCircular } from "@/server/supervision/actions/issue-circular";
import { recordTaskProgress } from "@/server/tasks/actions/record-progress";
import { assignTip } from "@/server/tips/actions/assign-tip";
import { getTip } from "@/server/tips/get-tip";
import { updateUnitContact } from "@/server/units/actions/update-contact";

import { creditCode, HAISHU } from "../helpers/fixtures";
import { actAs } from "../helpers/session";

const NUL = "\u0000";
const counts = async () => ({
  cases: await prisma.case.count(),
  enterprises: await prisma.enterprise.count(),
  progress: await prisma.taskProgress.count(),
  tips: await prisma.tip.count(),
  notices: await prisma.supervisionNotice.count(),
  audit: await prisma.auditLog.count(),
});
const details = {
  creditCode: "",
  industry: "FOOD",
  category: "RECTIFICATION",
  dimensions: ["QUALITY"],
} satisfies Partial<Parameters<typeof registerCase>[0]>;

beforeEach(() => actAs(null));

describe("NUL characters and year 0000 are field errors", () => {
  it("registerCase: a NUL in the name, a year-0000 deadline", async () => {
    await actAs("gulin");
    const before = await counts();
    expect(await registerCase({ ...details, enterpriseName: `甲${NUL}厂` })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { enterpriseName: ["企业（作坊）名称含有不允许的字符"] },
    });
    expect(await registerCase({ ...details, enterpriseName: "乙厂", deadline: "0000-01-01" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { deadline: ["整改期限应在 2000—2100 年之间"] },
    });
    expect(await registerCase({ ...details, enterpriseName: "丙厂", commitmentText: `承诺${NUL}` })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { commitmentText: ["公开承诺内容含有不允许的字符"] },
    });
    expect(await counts()).toEqual(before);
  });

  it("updateCase, assignTip, updateUnitContact: NUL ids and text, year 0000", async () => {
    await actAs("gulin");
    expect(await updateCase({ caseId: NUL, version: 0, dimensions: ["QUALITY"] })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { caseId: ["编号无效"] },
    });
    const gulin = await prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } });
    expect(
      await updateUnitContact({
        unitId: gulin.id,
        version: gulin.version,
        contactName: `王${NUL}`,
        contactPhone: "13912345678",
      }),
    ).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { contactName: ["联系人含有不允许的字符"] } });
    await actAs("office");
    expect(
      await assignTip({
        tipId: `abc${NUL}defgh`,
        version: 0,
        unitId: gulin.id,
        departmentId: null,
        deadline: "2020-12-01",
        enterpriseId: null,
      }),
    ).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { tipId: ["编号无效"] } });
    expect(
      await assignTip({
        tipId: "cabc0000000000000000000000",
        version: 0,
        unitId: gulin.id,
        departmentId: null,
        deadline: "0000-01-01",
        enterpriseId: null,
      }),
    ).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { deadline: ["核查期限应在 2000—2100 年之间"] } });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: gulin.id } })).toEqual(gulin);
  });

  it("recordTaskProgress: a NUL in the note or a case line, a year-0000 date", async () => {
    const t5 = await prisma.taskLine.findFirstOrThrow({ where: { code: "T5" } });
    await actAs("sthj");
    const before = await counts();
    expect(
      await recordTaskProgress({ taskLineId: t5.id, date: "2020-06-01", note: `说明${NUL}`, caseNotes: ["某厂立案"] }),
    ).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { note: ["说明含有不允许的字符"] } });
    expect(
      await recordTaskProgress({ taskLineId: t5.id, date: "2020-06-01", caseNotes: [`某厂${NUL}立案`] }),
    ).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { caseNotes: ["每件的情况说明含有不允许的字符"] } });
    expect(await recordTaskProgress({ taskLineId: t5.id, date: "0000-01-01", caseNotes: ["某厂立案"] })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { date: ["日期应在 2000—2100 年之间"] },
    });
    expect(await counts()).toEqual(before);
  });

  it("a public tip with a NUL in a field answers 400 with the field named, and stores nothing", async () => {
    const before = await counts();
    const form = new FormData();
    for (const [k, v] of Object.entries({
      enterpriseName: "无名作坊",
      address: `古林镇${NUL}某村`,
      description: "夜间冒黑烟，疑似恢复生产",
    }))
      form.set(k, v);
    const encoded = new Response(form);
    const body = new Uint8Array(await encoded.arrayBuffer());
    const res = await submitTip(
      new Request("http://localhost/api/tips/public", {
        method: "POST",
        body,
        headers: {
          "content-type": encoded.headers.get("content-type")!,
          "content-length": String(body.length),
          "x-haishu-client-ip": "10.9.9.9",
          origin: "http://localhost",
        },
      }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors).toEqual({ address: ["地址含有不允许的字符"] });
    expect(await counts()).toEqual(before);
  });

  it("/cases?q=%00 lists without the search; /api/tasks/enterprises?q=%00 answers 400", async () => {
    const user = (await actAs("office"))!;
    const campaign = await getCurrentCampaign(HAISHU);
    const filters = parseCaseListFilters({ q: NUL, page: "1" });
    expect(filters.q).toBeUndefined();
    const all = await listCases(user, campaign.id, parseCaseListFilters({}));
    expect(await listCases(user, campaign.id, filters)).toEqual(all);

    await actAs("yjgl");
    const res = await searchEnterprisesRoute(new Request("http://localhost/api/tasks/enterprises?q=%00"));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ ok: false, message: "查询内容含有不允许的字符" });
  });
});

describe("record pages with a NUL id", () => {
  it("/cases/%00, /tips/%00 and /return-visits/%00 find nothing (the page answers 404)", async () => {
    const user = (await actAs("office"))!;
    expect(await getCase(user, NUL)).toBeNull();
    expect(await getTip(user, NUL)).toBeNull();
    expect(await getReturnVisit(user, `c${NUL}0000000`)).toBeNull();
  });
});

describe("arrays are de-duplicated and bounded", () => {
  it("registerCase with 5000 × SAFETY stores [SAFETY]; beyond any sensible size is a field error", async () => {
    await actAs("gulin");
    const res = await registerCase({
      ...details,
      enterpriseName: "丁厂",
      creditCode: creditCode(),
      dimensions: Array(5000).fill("SAFETY"),
    });
    expect(res.ok).toBe(true);
    const row = await prisma.case.findUniqueOrThrow({ where: { id: res.ok ? res.data.id : "" } });
    expect(row.dimensions).toEqual(["SAFETY"]);

    const before = await counts();
    expect(
      await registerCase({ ...details, enterpriseName: "戊厂", dimensions: Array(10_001).fill("SAFETY") }),
    ).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { dimensions: ["整治方面过多"] },
    });
    expect(await counts()).toEqual(before);
  });

  it("issueCircular names each unit once; more units than the bound is a field error", async () => {
    await actAs("office");
    const [a, b] = await prisma.unit.findMany({ orderBy: { id: "asc" }, take: 2 });
    const res = await issueCircular({
      unitIds: [a.id, b.id, a.id, b.id, a.id],
      title: "重复单位的通报",
      body: "内容内容内容",
      date: "2020-09-01",
    });
    expect(res.ok).toBe(true);
    const named = await prisma.supervisionNoticeUnit.findMany({ where: { noticeId: res.ok ? res.data.id : "" } });
    expect(named.map((n) => n.unitId).sort()).toEqual([a.id, b.id].sort());

    const before = await counts();
    const many = Array.from({ length: 31 }, (_, i) => i + 1);
    expect(
      await issueCircular({ unitIds: many, title: "过多单位", body: "内容内容内容", date: "2020-09-01" }),
    ).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { unitIds: ["被通报单位最多30项"] },
    });
    expect(await counts()).toEqual(before);
  });
});
