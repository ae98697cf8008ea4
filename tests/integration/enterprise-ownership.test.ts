import { describe, expect, it } from "vitest";

import { POST as importPost } from "@/app/api/import/route";
import { registerCase } from "@/server/cases/actions/register-case";
import { prisma } from "@/server/db";
import { correctEnterprise } from "@/server/enterprises/actions/correct-enterprise";
import { recordTaskProgress } from "@/server/tasks/actions/record-progress";

import { creditCode } from "../helpers/fixtures";
import { importRequest, ledgerFile, ledgerRow } from "../helpers/ledger-files";
import { actAs } from "../helpers/session";

// Finding 8: the township of the territory owns enterprise records. A department naming a new
// enterprise on its task line only proposes it; the office corrects unit and code (audited).

async function departmentProposes(code: string, unitName: string) {
  const t1 = await prisma.taskLine.findFirstOrThrow({ where: { code: "T1" } });
  const unit = await prisma.unit.findFirstOrThrow({ where: { name: unitName } });
  await actAs("fgj");
  const res = await recordTaskProgress({
    taskLineId: t1.id,
    date: "2020-06-01",
    value: "1",
    note: "",
    newEnterprises: [{ name: "部门填写的企业", creditCode: code, unitId: unit.id, industry: "FOUNDRY" }],
  });
  expect(res.ok).toBe(true);
  return prisma.enterprise.findUniqueOrThrow({ where: { creditCode: code } });
}

const register = (code: string) =>
  registerCase({
    enterpriseName: "高桥某铸造厂",
    creditCode: code,
    industry: "FOUNDRY",
    category: "ELIMINATION",
    dimensions: ["ENERGY"],
    disposalPath: "DISMANTLED",
  });

describe("enterprise records belong to the township of their territory", () => {
  it("a department's proposal belongs to its unit: another township is refused (by registration or import), its own takes it over", async () => {
    const code = creditCode();
    const proposed = await departmentProposes(code, "古林镇");
    expect(proposed.proposedByDepartmentId).not.toBeNull();

    await actAs("gaoqiao");
    const refused = "该统一社会信用代码的企业属于古林镇，如需变更归属请联系区工强办";
    expect(await register(code)).toMatchObject({ ok: false, code: "CONFLICT", message: refused });
    const imported = await importPost(
      await importRequest("/api/import", await ledgerFile([ledgerRow("高桥镇", { creditCode: code })])),
    );
    expect(imported.status).toBe(422);
    expect((await imported.json()).errors).toEqual([
      { row: 2, name: expect.any(String), errors: [`台账中已有：${refused}`] },
    ]);
    expect(
      await prisma.enterprise.findUniqueOrThrow({ where: { creditCode: code } }),
      "neither moved nor renamed",
    ).toEqual(proposed);

    const gulin = (await actAs("gulin"))!;
    expect(await register(code)).toMatchObject({ ok: true });
    const taken = await prisma.enterprise.findUniqueOrThrow({
      where: { creditCode: code },
      include: { taskProgress: true },
    });
    expect(taken).toMatchObject({
      id: proposed.id,
      unitId: gulin.unitId,
      name: "高桥某铸造厂",
      proposedByDepartmentId: null,
    });
    // The department's progress entry still names it.
    expect(taken.taskProgress).toHaveLength(1);
    const log = await prisma.auditLog.findFirstOrThrow({
      where: { action: "case.register", entity: "Enterprise", entityId: proposed.id },
    });
    expect(log.before).toMatchObject({
      unitId: proposed.unitId,
      proposedByDepartmentId: proposed.proposedByDepartmentId,
    });

    // Once the township owns it, another township still cannot take it.
    await actAs("gaoqiao");
    expect(await register(code)).toMatchObject({ ok: false, code: "CONFLICT", message: refused });
  });

  it("only the office corrects an enterprise's unit and credit code; its cases move with it; audited", async () => {
    const code = creditCode();
    await actAs("gulin");
    const res = await register(code);
    expect(res.ok).toBe(true);
    const enterprise = await prisma.enterprise.findUniqueOrThrow({ where: { creditCode: code } });
    const hengjie = await prisma.unit.findFirstOrThrow({ where: { name: "横街镇" } });
    const newCode = creditCode();
    const input = { enterpriseId: enterprise.id, unitId: hengjie.id, creditCode: newCode, reason: "属地核实为横街镇" };

    for (const who of ["gulin", "hengjie", "fgj", "leader", null]) {
      await actAs(who);
      expect((await correctEnterprise(input)).ok, String(who)).toBe(false);
    }
    expect(await prisma.enterprise.findUniqueOrThrow({ where: { id: enterprise.id } })).toEqual(enterprise);

    const office = (await actAs("office"))!;
    expect(await correctEnterprise(input)).toMatchObject({ ok: true, data: { movedCases: 1 } });
    expect(await prisma.enterprise.findUniqueOrThrow({ where: { id: enterprise.id } })).toMatchObject({
      unitId: hengjie.id,
      creditCode: newCode,
    });
    expect((await prisma.case.findFirstOrThrow({ where: { enterpriseId: enterprise.id } })).unitId).toBe(hengjie.id);
    const log = await prisma.auditLog.findFirstOrThrow({
      where: { action: "enterprise.correct", entityId: enterprise.id },
    });
    expect(log.actorId).toBe(office.id);
    expect(log.before).toMatchObject({ creditCode: code });
    expect(log.after).toMatchObject({ creditCode: newCode, reason: "属地核实为横街镇" });

    // A code already held by another record is refused.
    const other = creditCode();
    await actAs("gulin");
    expect((await register(other)).ok).toBe(true);
    await actAs("office");
    expect(await correctEnterprise({ ...input, creditCode: other })).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});
