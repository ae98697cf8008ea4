import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportList } from "@/app/api/exports/joint-punishment/route";
import { prisma } from "@/server/db";
import { confirmPunishment } from "@/server/punishment/actions/confirm-punishment";
import { listPunishmentCandidates } from "@/server/punishment/list-punishment-candidates";
import { creditCode } from "../../helpers/fixtures";
import { actAs } from "../../helpers/session";

let returnedId: string;
let acceptedId: string;
const code = creditCode();

async function addCase(name: string, status: "RETURNED" | "ACCEPTED", credit: string | null) {
  const campaign = await prisma.campaign.findFirstOrThrow({ orderBy: { year: "desc" } });
  const unit = await prisma.unit.findUniqueOrThrow({ where: { name: "古林镇" } });
  const office = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
  const enterprise = await prisma.enterprise.create({ data: { name, creditCode: credit, unitId: unit.id, industry: "FOUNDRY" } });
  return prisma.case.create({
    data: {
      campaignId: campaign.id, enterpriseId: enterprise.id, unitId: unit.id, category: "ELIMINATION", disposalPath: "DISMANTLED", status, createdById: office.id,
      acceptedAt: status === "ACCEPTED" ? new Date("2020-06-01T00:00:00Z") : null,
      reviews: status === "RETURNED" ? { create: { decision: "RETURN", reason: "设备去向证明不全", reviewerId: office.id } } : undefined,
    },
  });
}

const exportRequest = (format = "") => new Request(`http://localhost/api/exports/joint-punishment${format ? `?format=${format}` : ""}`);

beforeAll(async () => {
  returnedId = (await addCase("古林逾期铸造厂", "RETURNED", code)).id;
  acceptedId = (await addCase("古林已验收铸造厂", "ACCEPTED", null)).id;
});

describe("联合惩戒 list (the 2020 deadline has passed)", () => {
  it("lists cases not accepted with the reason; only the office may confirm, once; accepted cases never", async () => {
    const office = (await actAs("office"))!;
    const campaign = await prisma.campaign.findFirstOrThrow({ orderBy: { year: "desc" } });
    const { rows } = await listPunishmentCandidates(office, campaign, 1);
    const mine = rows.find((r) => r.id === returnedId)!;
    expect(mine.reason).toBe("淘汰落后产能逾期未通过验收（当前状态：退回）；退回理由：设备去向证明不全");
    expect(rows.map((r) => r.id)).not.toContain(acceptedId);

    const before = await prisma.jointPunishmentEntry.count();
    await actAs("gulin");
    expect(await confirmPunishment({ caseId: returnedId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await exportList(exportRequest())).status).toBe(404);
    await actAs("leader");
    expect(await confirmPunishment({ caseId: returnedId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await prisma.jointPunishmentEntry.count()).toBe(before);

    await actAs("office");
    expect(await confirmPunishment({ caseId: acceptedId })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await confirmPunishment({ caseId: returnedId })).toMatchObject({ ok: true });
    expect(await confirmPunishment({ caseId: returnedId })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("exports the confirmed entries as Excel and CSV with the credit code as text", async () => {
    await actAs("office");
    const xlsx = await exportList(exportRequest());
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const ws = wb.worksheets[0];
    const row = ws.getRow(3);
    expect([row.getCell(2).value, row.getCell(3).value, row.getCell(4).value]).toEqual(["古林逾期铸造厂", code, "古林镇"]);
    expect(typeof row.getCell(3).value).toBe("string");
    expect(ws.getColumn(3).numFmt).toBe("@");

    const csv = await (await exportList(exportRequest("csv"))).text();
    expect(csv).toContain(`"1","古林逾期铸造厂",="${code}","古林镇","淘汰落后产能逾期未通过验收（当前状态：退回）；退回理由：设备去向证明不全"`);
    expect(csv).not.toContain("古林已验收铸造厂");
  });
});
