import ExcelJS from "exceljs";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";

import PunishmentPage from "@/app/(portal)/punishment/page";
import { GET as exportList } from "@/app/api/exports/joint-punishment/route";
import { prisma } from "@/server/db";
import { confirmPunishment } from "@/server/punishment/actions/confirm-punishment";
import { listPunishmentCandidates } from "@/server/punishment/list-punishment-candidates";
import { snapshotCampaignDeadline } from "@/server/punishment/snapshot-campaign-deadline";

import { creditCode } from "../../helpers/fixtures";
import { actAs } from "../../helpers/session";

let returnedId: string;
let acceptedId: string;
let otherReturnedId: string;
const code = creditCode();

async function addCase(name: string, status: "RETURNED" | "ACCEPTED", credit: string | null, unitName = "古林镇") {
  const campaign = await prisma.campaign.findFirstOrThrow({ orderBy: { year: "desc" } });
  const unit = await prisma.unit.findFirstOrThrow({ where: { name: unitName } });
  const office = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
  const enterprise = await prisma.enterprise.create({
    data: { name, creditCode: credit, unitId: unit.id, industry: "FOUNDRY" },
  });
  return prisma.case.create({
    data: {
      campaignId: campaign.id,
      enterpriseId: enterprise.id,
      unitId: unit.id,
      category: "ELIMINATION",
      disposalPath: "DISMANTLED",
      status,
      createdById: office.id,
      acceptedAt: status === "ACCEPTED" ? new Date("2020-06-01T00:00:00Z") : null,
      reviews:
        status === "RETURNED"
          ? { create: { decision: "RETURN", reason: "设备去向证明不全", reviewerId: office.id } }
          : undefined,
    },
  });
}

const exportRequest = (format = "") =>
  new Request(`http://localhost/api/exports/joint-punishment${format ? `?format=${format}` : ""}`);

beforeAll(async () => {
  returnedId = (await addCase("古林逾期铸造厂", "RETURNED", code)).id;
  acceptedId = (await addCase("古林已验收铸造厂", "ACCEPTED", null)).id;
  // The confirmation test's own case: in a unit listed after 古林镇, so the export test's first row stays its own.
  otherReturnedId = (await addCase("高桥逾期铸造厂", "RETURNED", null, "高桥镇")).id;
  // The 2020 deadline has passed: the job takes the snapshot the list is judged by.
  await snapshotCampaignDeadline(new Date());
});

describe("联合惩戒 list (the 2020 deadline has passed)", () => {
  it("lists cases not accepted with the reason; only the office may confirm, once; accepted cases never", async () => {
    const office = (await actAs("office"))!;
    const campaign = await prisma.campaign.findFirstOrThrow({ orderBy: { year: "desc" } });
    const { rows } = await listPunishmentCandidates(office, campaign, 1);
    const mine = rows.find((r) => r.id === returnedId)!;
    expect(mine.reason).toBe("淘汰落后产能截止日未完成验收（截止时状态：已退回）；退回理由：设备去向证明不全");
    expect(rows.map((r) => r.id)).not.toContain(acceptedId);

    const before = await prisma.jointPunishmentEntry.count();
    await actAs("gaoqiao");
    expect(await confirmPunishment({ caseId: otherReturnedId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await exportList(exportRequest())).status).toBe(404);
    await actAs("leader");
    expect(await confirmPunishment({ caseId: otherReturnedId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await prisma.jointPunishmentEntry.count()).toBe(before);

    await actAs("office");
    expect(await confirmPunishment({ caseId: acceptedId })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await confirmPunishment({ caseId: otherReturnedId })).toMatchObject({ ok: true });
    expect(await prisma.jointPunishmentEntry.findUniqueOrThrow({ where: { caseId: otherReturnedId } })).toMatchObject({
      confirmedById: office.id,
      reason: "淘汰落后产能截止日未完成验收（截止时状态：已退回）；退回理由：设备去向证明不全",
    });
    expect(await confirmPunishment({ caseId: otherReturnedId })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("exports the confirmed entries as Excel and CSV with the credit code as text", async () => {
    await actAs("office");
    expect(await confirmPunishment({ caseId: returnedId })).toMatchObject({ ok: true });
    const xlsx = await exportList(exportRequest());
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const ws = wb.worksheets[0];
    const row = ws.getRow(3);
    expect([row.getCell(2).value, row.getCell(3).value, row.getCell(4).value]).toEqual([
      "古林逾期铸造厂",
      code,
      "古林镇",
    ]);
    expect(typeof row.getCell(3).value).toBe("string");
    expect(ws.getColumn(3).numFmt).toBe("@");

    // The state on the deadline day goes with each entry.
    expect(row.getCell(5).value).toBe("已退回");
    // 高桥逾期铸造厂 has no credit code: flagged for completion, never a blank cell.
    const gaoqiao = [...Array(ws.rowCount - 2).keys()]
      .map((i) => ws.getRow(i + 3))
      .find((r) => r.getCell(2).value === "高桥逾期铸造厂")!;
    expect(gaoqiao.getCell(3).value).toBe("缺统一社会信用代码");

    const csv = await (await exportList(exportRequest("csv"))).text();
    expect(csv).toContain(
      `"1","古林逾期铸造厂",="${code}","古林镇","已退回","淘汰落后产能截止日未完成验收（截止时状态：已退回）；退回理由：设备去向证明不全"`,
    );
    expect(csv).toMatch(/"高桥逾期铸造厂","缺统一社会信用代码","高桥镇","已退回"/);
    expect(csv).not.toMatch(/"高桥逾期铸造厂","",/);
    expect(csv).not.toContain("古林已验收铸造厂");
  });

  it("flags the listed enterprises without a credit code on the page, and counts them", async () => {
    const office = (await actAs("office"))!;
    const campaign = await prisma.campaign.findFirstOrThrow({ orderBy: { year: "desc" } });
    const list = await listPunishmentCandidates(office, campaign, 1);
    expect(list.rows.find((r) => r.id === otherReturnedId)).toMatchObject({ missingCreditCode: true });
    expect(list.rows.find((r) => r.id === returnedId)).toMatchObject({ missingCreditCode: false });
    expect(list.missingCode).toBe(list.rows.filter((r) => !r.enterprise.creditCode).length);
    expect(list.missingCode).toBeGreaterThan(0);
    const html = renderToStaticMarkup(await PunishmentPage({ searchParams: Promise.resolve({}) }));
    expect(html).toContain('data-testid="missing-credit-codes"');
    expect(html).toContain("缺统一社会信用代码·待补全");

    // Once the office completes the code, the flag goes and the export carries the code.
    const e = await prisma.case.findUniqueOrThrow({ where: { id: otherReturnedId }, select: { enterpriseId: true } });
    const completed = creditCode();
    await prisma.enterprise.update({ where: { id: e.enterpriseId }, data: { creditCode: completed } });
    const csv = await (await exportList(exportRequest("csv"))).text();
    expect(csv).toContain(`"高桥逾期铸造厂",="${completed}","高桥镇"`);
  });
});
// Before the deadline (the provisional list) and the snapshot itself: tests/integration/enforcement/punishment-tips.test.ts.
