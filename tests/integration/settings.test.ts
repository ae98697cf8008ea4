import { describe, expect, it } from "vitest";

import { registerCase } from "@/server/cases/actions/register-case";
import { updateCase } from "@/server/cases/actions/update-case";
import { listOutcomes } from "@/server/cases/list-outcomes";
import { prisma } from "@/server/db";
import { saveOutcome } from "@/server/settings/actions/save-outcome";
import { setPolicyIssuer } from "@/server/settings/actions/set-policy-issuer";
import { updateCampaign } from "@/server/settings/actions/update-campaign";

import { HAISHU, HAISHU_DISTRICT_ID, registerTestCase } from "../helpers/fixtures";
import { districtB, USERNAMES } from "../helpers/matrix-fixtures";
import { actAs } from "../helpers/session";

const campaign2020 = () => prisma.campaign.findFirstOrThrow({ where: { year: 2020 } });

describe("区工强办 settings", () => {
  it("lets only the office change the deadline and the slow-unit threshold, audited and version-checked", async () => {
    const before = await campaign2020();
    for (const who of ["leader", "fgj", "jishigang"]) {
      await actAs(who);
      expect(
        await updateCampaign({
          campaignId: before.id,
          version: before.version,
          deadline: "2020-11-30",
          lagThresholdPoints: 30,
        }),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await campaign2020()).toEqual(before);

    await actAs("office");
    expect(
      await updateCampaign({
        campaignId: before.id,
        version: before.version,
        deadline: "2020-12-31",
        lagThresholdPoints: 150,
      }),
    ).toMatchObject({ ok: false, code: "INVALID", message: "不能大于100" });
    expect(
      await updateCampaign({
        campaignId: before.id,
        version: before.version,
        deadline: "2019-06-01",
        lagThresholdPoints: 20,
      }),
    ).toMatchObject({ ok: false, code: "INVALID", message: "完成时限须晚于年度开始日期" });

    expect(
      await updateCampaign({
        campaignId: before.id,
        version: before.version,
        deadline: "2020-11-30",
        lagThresholdPoints: 30,
      }),
    ).toMatchObject({ ok: true });
    const after = await campaign2020();
    expect([after.deadline.toISOString(), after.lagThresholdPoints]).toEqual(["2020-11-30T00:00:00.000Z", 30]);
    expect(
      await prisma.auditLog.findFirst({ where: { action: "campaign.update" }, orderBy: { id: "desc" } }),
    ).toMatchObject({ before: { lagThresholdPoints: before.lagThresholdPoints }, after: { lagThresholdPoints: 30 } });
    // A second admin still holding the old form is refused.
    expect(
      await updateCampaign({
        campaignId: before.id,
        version: before.version,
        deadline: "2020-12-31",
        lagThresholdPoints: 10,
      }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("keeps the outcome list configurable: a new category is offered, a stopped one is refused", async () => {
    await actAs("gulin");
    expect(await saveOutcome({ name: "转型升级" })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    await actAs("office");
    expect(await saveOutcome({ name: "规范提升" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "已有同名的整治结果类别",
    });
    expect((await saveOutcome({ name: "转型升级" })).ok).toBe(true);
    const added = await prisma.rectificationOutcome.findUniqueOrThrow({
      where: { districtId_name: { ...HAISHU, name: "转型升级" } },
    });
    expect((await listOutcomes(HAISHU_DISTRICT_ID)).map((o) => o.name)).toEqual([
      "关停淘汰",
      "整合入园",
      "规范提升",
      "转型升级",
    ]);

    expect((await saveOutcome({ outcomeId: added.id, active: false })).ok).toBe(true);
    expect((await listOutcomes(HAISHU_DISTRICT_ID)).map((o) => o.name)).not.toContain("转型升级");
    await actAs("gulin");
    expect(
      await registerCase({
        enterpriseName: "停用类别测试作坊",
        industry: "FOOD",
        category: "RECTIFICATION",
        dimensions: ["QUALITY"],
        outcomeId: added.id,
      }),
    ).toMatchObject({ ok: false, code: "INVALID", message: "整治结果类别无效" });
  });
});

describe("政策依据的发布机关", () => {
  it("the office changes a basis's issuer: future cases go to the new department, recorded ones keep theirs; versioned, audited", async () => {
    const basis = await prisma.policyBasis.create({
      data: { name: "设置测试依据 无芯工频感应电炉", displayOrder: 901, issuer: "NDRC_CATALOGUE", ...HAISHU },
    });
    const dept = async (code: string) =>
      (await prisma.department.findUniqueOrThrow({ where: { districtId_code: { ...HAISHU, code } } })).id;
    const [fgj, jxj] = [await dept("FGJ"), await dept("JXJ")];
    const withBasis = { policyBasisId: basis.id, policyBasisOther: null, dimensions: ["INDUSTRIAL_POLICY"] };
    await actAs("jishigang");
    const recorded = await registerTestCase(withBasis);
    const departmentOf = async (id: string) =>
      (await prisma.case.findUniqueOrThrow({ where: { id } })).policyDepartmentId;
    expect(await departmentOf(recorded)).toBe(fgj);

    // Nobody but the office; an unchanged issuer and a stale form are refused.
    for (const who of ["leader", "jxj", "jishigang"]) {
      await actAs(who);
      expect(await setPolicyIssuer({ policyBasisId: basis.id, version: 1, issuer: "MIIT" })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    await actAs("office");
    expect(await setPolicyIssuer({ policyBasisId: basis.id, version: 1, issuer: "NDRC_CATALOGUE" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { issuer: ["发布机关未改变"] },
    });
    expect(await setPolicyIssuer({ policyBasisId: basis.id, version: 0, issuer: "MIIT" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await setPolicyIssuer({ policyBasisId: 999_999, version: 1, issuer: "MIIT" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await prisma.policyBasis.findUniqueOrThrow({ where: { id: basis.id } })).toMatchObject({
      issuer: "NDRC_CATALOGUE",
      version: 1,
    });

    expect(await setPolicyIssuer({ policyBasisId: basis.id, version: 1, issuer: "MIIT" })).toMatchObject({
      ok: true,
      data: { version: 2, department: "区经信局", recorded: 1 },
    });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "policyBasis.issuer", entityId: String(basis.id) },
      orderBy: { id: "desc" },
    });
    expect(audit.before).toMatchObject({ issuer: "NDRC_CATALOGUE", version: 1 });
    expect(audit.after).toMatchObject({ issuer: "MIIT", version: 2 });

    // The recorded case keeps 区发改局, also when its unit edits it keeping the basis.
    expect(await departmentOf(recorded)).toBe(fgj);
    await actAs("jishigang");
    const c = await prisma.case.findUniqueOrThrow({ where: { id: recorded } });
    expect(
      await updateCase({
        caseId: recorded,
        version: c.version,
        dimensions: ["INDUSTRIAL_POLICY", "ENERGY"],
        disposalPath: "DISMANTLED",
        policyBasisId: basis.id,
      }),
    ).toMatchObject({ ok: true });
    expect(await departmentOf(recorded)).toBe(fgj);
    // A case registered now goes to 区经信局.
    expect(await departmentOf(await registerTestCase(withBasis))).toBe(jxj);

    // No longer an 产业政策 item: future cases get no department.
    await actAs("office");
    expect(await setPolicyIssuer({ policyBasisId: basis.id, version: 2, issuer: "" })).toMatchObject({
      ok: true,
      data: { department: null, recorded: 2 },
    });
    await actAs("jishigang");
    expect(await departmentOf(await registerTestCase(withBasis))).toBeNull();
  });
});

describe("each district keeps its own 整治结果类别 and 政策依据 (docs/domain.md §市级)", () => {
  it("江北区's office adds a name 海曙区 has, sees only its own list, and cannot switch off 海曙区's entry", async () => {
    const { district } = await districtB();
    await actAs(USERNAMES.bOffice);
    expect(await listOutcomes(district.id)).toEqual([]);
    expect((await saveOutcome({ name: "关停淘汰" })).ok).toBe(true);
    expect((await listOutcomes(district.id)).map((o) => o.name)).toEqual(["关停淘汰"]);

    const haishus = await prisma.rectificationOutcome.findUniqueOrThrow({
      where: { districtId_name: { ...HAISHU, name: "关停淘汰" } },
    });
    expect(await saveOutcome({ outcomeId: haishus.id, active: false })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const basis = await prisma.policyBasis.findFirstOrThrow({ where: { ...HAISHU, issuer: { not: null } } });
    expect(await setPolicyIssuer({ policyBasisId: basis.id, version: basis.version, issuer: "" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    // 海曙区's list is as it was.
    expect((await listOutcomes(HAISHU_DISTRICT_ID)).map((o) => o.name)).toContain("关停淘汰");
    expect(await prisma.policyBasis.findUniqueOrThrow({ where: { id: basis.id } })).toMatchObject({
      issuer: basis.issuer,
      version: basis.version,
    });
  });
});
