// 企业跨区县迁移 (docs/domain.md §市级): the city office's recorded decision; the work done stays where it was done.
import { beforeAll, describe, expect, it } from "vitest";

import { moveEnterprise } from "@/server/city/actions/move-enterprise";
import { prisma } from "@/server/db";

import { createCaseWithHistory } from "../../helpers/case-fixtures";
import { creditCode, HAISHU_DISTRICT_ID } from "../../helpers/fixtures";
import { districtB, USERNAMES } from "../../helpers/matrix-fixtures";
import { actAs } from "../../helpers/session";

let b: Awaited<ReturnType<typeof districtB>>;
let gulin: number;

beforeAll(async () => {
  b = await districtB();
  gulin = (await prisma.unit.findFirstOrThrow({ where: { name: "古林镇", districtId: HAISHU_DISTRICT_ID } })).id;
});

async function enterpriseWithCase(status: "ACCEPTED" | "IN_PROGRESS") {
  const campaign = await prisma.campaign.findFirstOrThrow({
    where: { districtId: HAISHU_DISTRICT_ID, isCurrent: true },
  });
  const office = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
  const enterprise = await prisma.enterprise.create({
    data: { name: `迁移测试${status}厂`, unitId: gulin, creditCode: creditCode(), industry: "FOUNDRY" },
  });
  const c = await createCaseWithHistory({
    campaignId: campaign.id,
    enterpriseId: enterprise.id,
    unitId: gulin,
    category: "RECTIFICATION",
    status,
    reviewerId: office.id,
    created: "2020-03-01",
    submitted: status === "ACCEPTED" ? "2020-05-01" : null,
    reviews: status === "ACCEPTED" ? [["ACCEPT", "2020-05-10"]] : [],
  });
  return { enterprise, case: c };
}

const move = (enterpriseId: string, unitId = b.unit.id) =>
  moveEnterprise({ enterpriseId, districtCode: b.district.code, unitId, reason: "企业整体搬迁至江北区" });

describe("企业跨区县迁移", () => {
  it("the city office moves an enterprise whose case is accepted: it is 江北区's from now on, the accepted case stays 海曙区's, both districts' logs record it", async () => {
    const { enterprise, case: accepted } = await enterpriseWithCase("ACCEPTED");
    await actAs(USERNAMES.cityOffice);
    expect(await move(enterprise.id)).toEqual({ ok: true, data: null });

    expect((await prisma.enterprise.findUniqueOrThrow({ where: { id: enterprise.id } })).unitId).toBe(b.unit.id);
    // The work done in 海曙区 stays in its ledger and figures.
    expect(await prisma.case.findUniqueOrThrow({ where: { id: accepted.id } })).toMatchObject({
      unitId: gulin,
      status: "ACCEPTED",
      version: accepted.version,
    });
    const logs = await prisma.auditLog.findMany({
      where: { action: "enterprise.moveDistrict", entityId: enterprise.id },
      select: { districtId: true, after: true },
    });
    expect(logs.map((l) => l.districtId).sort()).toEqual([HAISHU_DISTRICT_ID, b.district.id, null].sort());
    expect(logs[0].after).toMatchObject({ reason: "企业整体搬迁至江北区", unitId: b.unit.id });
  });

  it("refuses while a case is still open in the old district, and a unit that is not the target district's; nothing changes", async () => {
    const { enterprise } = await enterpriseWithCase("IN_PROGRESS");
    await actAs(USERNAMES.cityOffice);
    expect(await move(enterprise.id)).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { districtCode: ["该企业在原区县还有1个未验收的整治对象，请原区县办结（验收）后再迁移"] },
    });
    const { enterprise: other } = await enterpriseWithCase("ACCEPTED");
    expect(await move(other.id, gulin)).toMatchObject({ ok: false, fieldErrors: { unitId: [expect.any(String)] } });
    for (const e of [enterprise, other])
      expect((await prisma.enterprise.findUniqueOrThrow({ where: { id: e.id } })).unitId).toBe(gulin);
  });

  it("is the city office's alone: the city leader and either district's office are refused", async () => {
    const { enterprise } = await enterpriseWithCase("ACCEPTED");
    for (const who of [USERNAMES.cityLeader, "office", USERNAMES.bOffice]) {
      await actAs(who);
      expect(await move(enterprise.id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect((await prisma.enterprise.findUniqueOrThrow({ where: { id: enterprise.id } })).unitId).toBe(gulin);
  });
});
