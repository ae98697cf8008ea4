import { describe, expect, it } from "vitest";

import { registerCase } from "@/server/cases/actions/register-case";
import { listOutcomes } from "@/server/cases/list-outcomes";
import { prisma } from "@/server/db";
import { saveOutcome } from "@/server/settings/actions/save-outcome";
import { updateCampaign } from "@/server/settings/actions/update-campaign";

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
    const added = await prisma.rectificationOutcome.findUniqueOrThrow({ where: { name: "转型升级" } });
    expect((await listOutcomes()).map((o) => o.name)).toEqual(["关停淘汰", "整合入园", "规范提升", "转型升级"]);

    expect((await saveOutcome({ outcomeId: added.id, active: false })).ok).toBe(true);
    expect((await listOutcomes()).map((o) => o.name)).not.toContain("转型升级");
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
