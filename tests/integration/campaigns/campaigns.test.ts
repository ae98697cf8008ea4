// Campaign years: opening 2021 by copying 2020, the quota grid, the current year and the year a user
// selects, carrying over or closing open cases, and the freeze of a closed campaign.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { POST as quotaPreview } from "@/app/api/campaigns/[id]/quota-preview/route";
import { CLOSED_MESSAGE } from "@/lib/campaigns/rules";
import { closeCampaign } from "@/server/campaigns/actions/close-campaign";
import { createCampaign } from "@/server/campaigns/actions/create-campaign";
import { decideOpenCase } from "@/server/campaigns/actions/decide-open-case";
import { saveQuotas } from "@/server/campaigns/actions/save-quotas";
import { setCurrentCampaign } from "@/server/campaigns/actions/set-current-campaign";
import { updateCampaignDates } from "@/server/campaigns/actions/update-campaign-dates";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { registerCase } from "@/server/cases/actions/register-case";
import { updateCase } from "@/server/cases/actions/update-case";
import { prisma } from "@/server/db";
import { recordTaskProgress } from "@/server/tasks/actions/record-progress";

import { creditCode, HAISHU, HAISHU_DISTRICT_ID } from "../../helpers/fixtures";
import { caseOf, multipartRequest, params } from "../../helpers/matrix-fixtures";
import { actAs } from "../../helpers/session";

// The year switcher's cookie, as the request would carry it.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) }),
  headers: async () => new Headers(),
}));

const year = (y: number) => prisma.campaign.findFirstOrThrow({ where: { year: y } });
let id2021: number;

beforeAll(async () => {
  await actAs("office");
  const from = await year(2020);
  const res = await createCampaign({
    fromCampaignId: from.id,
    year: 2021,
    title: "海曙区2021年整治提升工作",
    startDate: "2021-01-01",
    deadline: "2021-12-31",
  });
  expect(res).toMatchObject({ ok: true });
  id2021 = (await year(2021)).id;
});

describe("opening 2021 by copying 2020", () => {
  it("copies every task line with its code, title, dimension, measure, target, leads and items, and the quotas with '/' kept", async () => {
    const lines = (id: number) =>
      prisma.taskLine.findMany({
        where: { campaignId: id },
        orderBy: { code: "asc" },
        select: {
          code: true,
          title: true,
          dimension: true,
          measure: true,
          target: true,
          atLeast: true,
          displayOrder: true,
          leads: { select: { departmentId: true }, orderBy: { departmentId: "asc" } },
          items: { select: { title: true, doneAt: true }, orderBy: { displayOrder: "asc" } },
        },
      });
    const [c2020, c2021] = [await year(2020), await year(2021)];
    const [old, copied] = [await lines(c2020.id), await lines(c2021.id)];
    expect(old.length).toBeGreaterThan(10);
    expect(copied.map((l) => ({ ...l, target: l.target?.toString() ?? null }))).toEqual(
      old.map((l) => ({
        ...l,
        target: l.target?.toString() ?? null,
        items: l.items.map((i) => ({ ...i, doneAt: null })),
      })),
    );
    expect(copied.some((l) => l.items.length > 0)).toBe(true);
    expect(copied.some((l) => l.leads.length > 1)).toBe(true);

    const quotas = (id: number) =>
      prisma.quota.findMany({
        where: { campaignId: id },
        orderBy: [{ unitId: "asc" }, { category: "asc" }],
        select: { unitId: true, category: true, target: true },
      });
    const q2021 = await quotas(c2021.id);
    expect(q2021).toEqual(await quotas(c2020.id));
    expect(q2021).toHaveLength(36);
    expect(q2021.filter((q) => q.target === null).length).toBeGreaterThan(0);
    // The 评价考核 schemes as the office last set them, for units and departments; not the year's adjustments.
    const scheme = (id: number) =>
      prisma.assessmentIndicator.findMany({
        where: { campaignId: id },
        orderBy: [{ target: "asc" }, { displayOrder: "asc" }],
        select: { target: true, rule: true, label: true, maxPoints: true, params: true, displayOrder: true },
      });
    const s2020 = await scheme(c2020.id);
    expect(new Set(s2020.map((i) => i.target))).toEqual(new Set(["UNIT", "DEPARTMENT"]));
    expect(await scheme(c2021.id)).toEqual(s2020);
    expect(await prisma.assessmentAdjustment.count({ where: { indicator: { campaignId: c2021.id } } })).toBe(0);
    // A new year is not current until the office says so, and starts with no cases.
    expect(c2021.isCurrent).toBeNull();
    expect(await prisma.case.count({ where: { campaignId: c2021.id } })).toBe(0);
  });

  it("refuses a year that exists", async () => {
    await actAs("office");
    expect(
      await createCampaign({
        fromCampaignId: id2021,
        year: 2020,
        title: "重复",
        startDate: "2020-01-01",
        deadline: "2020-12-31",
      }),
    ).toMatchObject({ ok: false, code: "INVALID", message: "2020 年度已存在" });
  });

  it("sets the dates of a year, version-checked", async () => {
    await actAs("office");
    const c = await year(2021);
    expect(
      await updateCampaignDates({
        campaignId: c.id,
        version: c.version,
        title: c.title,
        startDate: "2021-02-01",
        deadline: "2021-11-30",
      }),
    ).toMatchObject({ ok: true });
    expect((await year(2021)).deadline.toISOString()).toBe("2021-11-30T00:00:00.000Z");
    expect(
      await updateCampaignDates({
        campaignId: c.id,
        version: c.version,
        title: c.title,
        startDate: "2021-01-01",
        deadline: "2021-12-31",
      }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("the quota grid", () => {
  it("saves '/' as not applicable and 0 as 0, and refuses a grid built on an older version", async () => {
    await actAs("office");
    const c = await year(2021);
    const yuehu = await prisma.unit.findFirstOrThrow({ where: { name: "月湖街道" } });
    const jishigang = await prisma.unit.findFirstOrThrow({ where: { name: "集士港镇" } });
    const cells = [
      { unitId: yuehu.id, category: "ELIMINATION" as const, target: 0 },
      { unitId: jishigang.id, category: "RECTIFICATION" as const, target: null },
    ];
    expect(await saveQuotas({ campaignId: c.id, version: c.version, cells })).toMatchObject({
      ok: true,
      data: { changed: 2 },
    });
    const q = (unitId: number, category: "ELIMINATION" | "RECTIFICATION") =>
      prisma.quota.findUniqueOrThrow({ where: { campaignId_unitId_category: { campaignId: c.id, unitId, category } } });
    expect((await q(yuehu.id, "ELIMINATION")).target).toBe(0);
    expect((await q(jishigang.id, "RECTIFICATION")).target).toBeNull();
    // 2020 is untouched.
    expect(
      (
        await prisma.quota.findUniqueOrThrow({
          where: {
            campaignId_unitId_category: {
              campaignId: (await year(2020)).id,
              unitId: jishigang.id,
              category: "RECTIFICATION",
            },
          },
        })
      ).target,
    ).toBe(28);

    // A second tab still on the old version is refused and changes nothing.
    expect(
      await saveQuotas({
        campaignId: c.id,
        version: c.version,
        cells: [{ unitId: yuehu.id, category: "ELIMINATION", target: 5 }],
      }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await q(yuehu.id, "ELIMINATION")).target).toBe(0);
    expect(
      await saveQuotas({
        campaignId: c.id,
        version: c.version + 1,
        cells: [{ unitId: yuehu.id, category: "ELIMINATION", target: -1 }],
      }),
    ).toMatchObject({ ok: false, code: "INVALID" });
  });
});

describe("the quota import preview", () => {
  async function upload(rows: (string | number)[][], headers?: Record<string, string>) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.addRow(["序号", "镇（乡）、街道和园区", "淘汰落后产能涉及企业数（家）", "整治提升“低散乱”企业（作坊）数（家）"]);
    rows.forEach((r) => ws.addRow(r));
    const file = {
      name: "分解表.xlsx",
      bytes: Buffer.from(await wb.xlsx.writeBuffer()),
      type: "application/octet-stream",
    };
    const request = await multipartRequest(`/api/campaigns/${id2021}/quota-preview`, { file });
    const sent = headers
      ? new Request(request, { headers: { ...Object.fromEntries(request.headers), ...headers } })
      : request;
    return quotaPreview(sent, params(String(id2021)));
  }

  it("answers every row with its errors and saves nothing", async () => {
    await actAs("office");
    const before = await prisma.quota.findMany({ where: { campaignId: id2021 }, orderBy: { id: "asc" } });
    const res = await upload([
      [1, "集士港镇", 4, "/"],
      [2, "不存在镇", 1, 1],
      [3, "古林镇", -2, 28],
    ]);
    expect(res.status).toBe(200);
    const { result } = await res.json();
    expect(
      result.rows.map((r: { unitName: string; targets: unknown; errors: string[] }) => [
        r.unitName,
        r.targets,
        r.errors,
      ]),
    ).toEqual([
      ["集士港镇", { ELIMINATION: 4, RECTIFICATION: null }, []],
      ["不存在镇", { ELIMINATION: 1, RECTIFICATION: 1 }, ["单位“不存在镇”不在本平台的单位中"]],
      ["古林镇", { ELIMINATION: null, RECTIFICATION: 28 }, ["淘汰落后产能：“-2”为负数"]],
    ]);
    expect(result.missingUnits).toHaveLength(16);
    expect(await prisma.quota.findMany({ where: { campaignId: id2021 }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("refuses a request from another site, and a file that is not a workbook", async () => {
    await actAs("office");
    expect(
      (await upload([[1, "集士港镇", 4, 28]], { origin: "https://evil.example", "sec-fetch-site": "cross-site" }))
        .status,
    ).toBe(403);
    const request = await multipartRequest(`/api/campaigns/${id2021}/quota-preview`, {
      file: { name: "a.xlsx", bytes: Buffer.from("not a zip"), type: "text/plain" },
    });
    const res = await quotaPreview(request, params(String(id2021)));
    expect(res.status).toBe(400);
    expect((await res.json()).message).toBe("文件无法读取，请上传 Excel 工作簿（.xlsx）");
  });
});

describe("the current year and the year a user views", () => {
  it("exactly one campaign is current; registrations go into the current one", async () => {
    await actAs("office");
    expect(await setCurrentCampaign({ campaignId: id2021 })).toMatchObject({ ok: true });
    expect((await prisma.campaign.findMany({ where: { isCurrent: true } })).map((c) => c.year)).toEqual([2021]);
    await expect(
      prisma.campaign.update({
        where: { districtId_year: { districtId: HAISHU_DISTRICT_ID, year: 2020 } },
        data: { isCurrent: true },
      }),
    ).rejects.toThrow();

    jar.clear();
    expect((await getCurrentCampaign(HAISHU)).year).toBe(2021);
    await actAs("jishigang");
    const res = await registerCase({
      enterpriseName: "二〇二一年新登记铸造厂",
      creditCode: creditCode(),
      industry: "FOUNDRY",
      category: "ELIMINATION",
      disposalPath: "DISMANTLED",
      dimensions: ["ENERGY"],
    });
    expect(res).toMatchObject({ ok: true });
    const created = await prisma.case.findUniqueOrThrow({
      where: { id: (res as { data: { id: string } }).data.id },
      include: { campaign: true },
    });
    expect(created.campaign.year).toBe(2021);
  });

  it("a user who selected 2020 sees 2020; an unknown or malformed year falls back to the current one", async () => {
    jar.set("haishu-year", "2020");
    expect((await getCurrentCampaign(HAISHU)).year).toBe(2020);
    jar.set("haishu-year", "1999");
    expect((await getCurrentCampaign(HAISHU)).year).toBe(2021);
    jar.set("haishu-year", "2020; drop");
    expect((await getCurrentCampaign(HAISHU)).year).toBe(2021);
    jar.clear();
  });
});

describe("closing 2020", () => {
  it("lists the open cases; each is carried over (linked, history kept) or closed as not completed; then 2020 is frozen", async () => {
    await actAs("office");
    const c2020 = await year(2020);
    // The fixtures make cases in the current year (2021 now): these belong to 2020.
    const in2020 = async (status: Parameters<typeof caseOf>[0]) =>
      prisma.case.update({ where: { id: (await caseOf(status)).id }, data: { campaignId: c2020.id } });
    const carried = await in2020("RETURNED");
    const incomplete = await in2020("IN_PROGRESS");
    const accepted = await in2020("ACCEPTED");
    expect([carried, incomplete, accepted].every((c) => c.campaignId === c2020.id)).toBe(true);

    // A year with undecided cases cannot close.
    const refused = await closeCampaign({ campaignId: c2020.id, version: (await year(2020)).version });
    expect(refused).toMatchObject({ ok: false, code: "INVALID" });
    expect((refused as { message: string }).message).toMatch(/件未验收整治对象未作决定/);

    // Carry one into 2021.
    expect(
      await decideOpenCase({
        caseId: carried.id,
        version: carried.version,
        decision: "CARRY",
        targetCampaignId: c2020.id,
      }),
    ).toMatchObject({ ok: false, code: "INVALID", message: "只能结转到以后的年度" });
    const res = await decideOpenCase({
      caseId: carried.id,
      version: carried.version,
      decision: "CARRY",
      targetCampaignId: id2021,
    });
    expect(res).toMatchObject({ ok: true });
    const next = await prisma.case.findUniqueOrThrow({
      where: { id: (res as { data: { caseId: string } }).data.caseId },
      include: { carriedFrom: true },
    });
    expect(next).toMatchObject({
      campaignId: id2021,
      enterpriseId: carried.enterpriseId,
      category: carried.category,
      unitId: carried.unitId,
      status: "REGISTERED",
      carriedFromId: carried.id,
    });
    // The old case keeps its state and history (its return review).
    expect(next.carriedFrom).toMatchObject({ status: "RETURNED", campaignId: c2020.id });
    expect(await prisma.review.count({ where: { caseId: carried.id } })).toBe(1);
    // Deciding it twice is refused.
    expect(
      (
        await decideOpenCase({
          caseId: carried.id,
          version: carried.version + 1,
          decision: "CLOSE_INCOMPLETE",
          reason: "x",
        })
      ).ok,
    ).toBe(false);

    // Close the other as not completed: a reason is required.
    expect(
      await decideOpenCase({
        caseId: incomplete.id,
        version: incomplete.version,
        decision: "CLOSE_INCOMPLETE",
        reason: "",
      }),
    ).toMatchObject({ ok: false, code: "INVALID", message: "请填写未完成的理由" });
    expect(
      await decideOpenCase({
        caseId: incomplete.id,
        version: incomplete.version,
        decision: "CLOSE_INCOMPLETE",
        reason: "企业拒不整改",
      }),
    ).toMatchObject({ ok: true });
    expect(await prisma.case.findUniqueOrThrow({ where: { id: incomplete.id } })).toMatchObject({
      closedIncompleteReason: "企业拒不整改",
      status: "IN_PROGRESS",
    });

    // Decided cases no longer change, even before the year closes: work goes on in the carried case.
    await actAs("jishigang");
    const [oldCarried, oldIncomplete] = await Promise.all(
      [carried, incomplete].map((c) => prisma.case.findUniqueOrThrow({ where: { id: c.id } })),
    );
    expect(
      await updateCase({
        caseId: oldCarried.id,
        version: oldCarried.version,
        dimensions: ["ENERGY"],
        disposalPath: "DISMANTLED",
      }),
    ).toEqual({ ok: false, code: "FORBIDDEN", message: "该整治对象已结转至以后的年度，请在新年度继续办理" });
    expect(
      await updateCase({
        caseId: oldIncomplete.id,
        version: oldIncomplete.version,
        dimensions: ["ENERGY"],
        disposalPath: "DISMANTLED",
      }),
    ).toEqual({ ok: false, code: "FORBIDDEN", message: "该整治对象已按未完成关闭，不能修改" });
    await actAs("office");

    // The other open cases of this test file's 2020 (none were made here besides these) are decided too.
    for (const c of await prisma.case.findMany({
      where: { campaignId: c2020.id, status: { not: "ACCEPTED" }, closedIncompleteAt: null, carriedTo: { is: null } },
    })) {
      expect(
        await decideOpenCase({
          caseId: c.id,
          version: c.version,
          decision: "CLOSE_INCOMPLETE",
          reason: "年度结束未完成",
        }),
      ).toMatchObject({ ok: true });
    }
    const figuresBefore = await prisma.case.groupBy({
      by: ["status"],
      where: { campaignId: c2020.id },
      _count: true,
      orderBy: { status: "asc" },
    });
    expect(await closeCampaign({ campaignId: c2020.id, version: (await year(2020)).version })).toMatchObject({
      ok: true,
    });
    expect((await year(2020)).closedAt).toBeInstanceOf(Date);

    // Frozen: a case mutation, a task progress entry, the quotas, the dates are refused with the one message.
    await actAs("jishigang");
    const fresh = await prisma.case.findUniqueOrThrow({ where: { id: incomplete.id } });
    expect(
      await updateCase({
        caseId: fresh.id,
        version: fresh.version,
        dimensions: ["ENERGY"],
        disposalPath: "DISMANTLED",
      }),
    ).toEqual({ ok: false, code: "FORBIDDEN", message: CLOSED_MESSAGE });
    await actAs("fgj");
    const line = await prisma.taskLine.findFirstOrThrow({ where: { campaignId: c2020.id, code: "T10" } });
    expect(await recordTaskProgress({ taskLineId: line.id, date: "2020-06-02", value: "1", note: "巡查" })).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: CLOSED_MESSAGE,
    });
    expect(await prisma.taskProgress.count({ where: { taskLineId: line.id } })).toBe(0);
    await actAs("office");
    const closed = await year(2020);
    expect(await saveQuotas({ campaignId: closed.id, version: closed.version, cells: [] })).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: CLOSED_MESSAGE,
    });
    expect(await setCurrentCampaign({ campaignId: closed.id })).toMatchObject({ ok: false });
    // Its figures are as they were.
    expect(
      await prisma.case.groupBy({
        by: ["status"],
        where: { campaignId: c2020.id },
        _count: true,
        orderBy: { status: "asc" },
      }),
    ).toEqual(figuresBefore);
    // 2021 goes on.
    await actAs("jishigang");
    const open2021 = await prisma.case.findUniqueOrThrow({ where: { id: next.id } });
    expect(
      await updateCase({
        caseId: open2021.id,
        version: open2021.version,
        dimensions: ["ENERGY"],
        disposalPath: "DISMANTLED",
      }),
    ).toMatchObject({ ok: true });
  });
});
