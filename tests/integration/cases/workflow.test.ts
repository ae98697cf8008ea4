import { describe, expect, it } from "vitest";

import { POST } from "@/app/api/cases/[id]/evidence/route";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import { acceptCase } from "@/server/cases/actions/accept-case";
import { registerCase } from "@/server/cases/actions/register-case";
import { reopenCase } from "@/server/cases/actions/reopen-case";
import { returnCase } from "@/server/cases/actions/return-case";
import { submitCase } from "@/server/cases/actions/submit-case";
import { updateCase } from "@/server/cases/actions/update-case";
import { prisma } from "@/server/db";
import { addEquipment } from "@/server/equipment/actions/add-equipment";
import { updateEquipment } from "@/server/equipment/actions/update-equipment";
import { removeEvidence } from "@/server/evidence/actions/remove-evidence";

import { creditCode, jpeg, pdf, registerTestCase, uploadRequest } from "../../helpers/fixtures";
import { actAs, asUser } from "../../helpers/session";

const params = (id: string) => ({ params: Promise.resolve({ id }) });
/** One item of 淘汰设备清单 with its 去向: what a 拆除 case lists before it is submitted. */
const SCRAPPED_FURNACE = {
  name: "冲天炉",
  quantity: 1,
  capacity: 3,
  capacityUnit: "吨/小时",
  disposition: "SCRAPPED" as const,
};
const current = (id: string) => prisma.case.findUniqueOrThrow({ where: { id } });
/** 已核实 and a note: what accepting a case with integrity flags needs (lib/cases/review.ts). */
const verified = { verified: true, verifiedNote: "已核实照片" };

async function upload(caseId: string, kind: EvidenceKind, name: string, bytes?: Buffer) {
  const res = await POST(await uploadRequest(caseId, kind, { name, bytes: bytes ?? (await jpeg()) }), params(caseId));
  return { status: res.status, body: await res.json() };
}

describe("registering an enterprise and a case", () => {
  it("refuses an invalid credit code with a message naming the problem", async () => {
    await actAs("jishigang");
    const res = await registerCase({
      enterpriseName: "甲厂",
      creditCode: "91350100M000100Y44",
      industry: "FOOD",
      category: "RECTIFICATION",
      dimensions: ["QUALITY"],
    });
    expect(res).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "校验位错误：第18位应为“3”，请核对代码",
      fieldErrors: { creditCode: ["校验位错误：第18位应为“3”，请核对代码"] },
    });
  });

  it("puts the case in the officer's own unit whatever the client sends", async () => {
    const jsg = (await actAs("jishigang"))!;
    const gulin = await prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } });
    // unitId is not a field of the form: a hostile client adds it anyway.
    const res = await registerCase({
      enterpriseName: "乙厂",
      creditCode: "",
      industry: "FOOD",
      category: "RECTIFICATION",
      dimensions: ["QUALITY"],
      unitId: gulin.id,
    } as Parameters<typeof registerCase>[0]);
    expect(res.ok).toBe(true);
    const c = await current(res.ok ? res.data.id : "");
    expect(c.unitId).toBe(jsg.unitId);
    expect((await prisma.enterprise.findUniqueOrThrow({ where: { id: c.enterpriseId } })).creditCode).toBeNull();
  });

  it("refuses the same credit code twice in a campaign, and another unit's enterprise", async () => {
    await actAs("jishigang");
    const code = creditCode();
    const first: Parameters<typeof registerCase>[0] = {
      enterpriseName: "丙厂",
      creditCode: code,
      industry: "FOUNDRY",
      category: "ELIMINATION",
      dimensions: ["ENERGY"],
    };
    expect((await registerCase(first)).ok).toBe(true);
    expect(await registerCase(first)).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "该企业本年度已登记“淘汰落后产能”整治对象，不能重复登记",
    });
    // The same enterprise may also have a rectification case.
    expect((await registerCase({ ...first, category: "RECTIFICATION" })).ok).toBe(true);
    await actAs("gulin");
    expect(await registerCase({ ...first, category: "RECTIFICATION" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "该统一社会信用代码的企业属于集士港镇，如需变更归属请联系区工强办",
    });
  });

  it("is for township officers only", async () => {
    await actAs("office");
    expect(
      await registerCase({
        enterpriseName: "丁厂",
        industry: "FOOD",
        category: "RECTIFICATION",
        dimensions: ["QUALITY"],
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("an ELIMINATION case from registration to acceptance", () => {
  it("follows the rules of the work plan", async () => {
    await actAs("jishigang");
    const id = await registerTestCase({ dimensions: ["ENVIRONMENT"], disposalPath: "DISMANTLED" });
    let c = await current(id);

    // Submit is refused on the server while anything is missing, with the list.
    expect(await submitCase({ caseId: id, version: c.version })).toEqual({
      ok: false,
      code: "INVALID",
      message:
        "还缺：验收意见表、拆前照片、拆后照片、设备去向证明材料、主要设备和生产线清单（至少一项）、每项设备的去向",
    });

    await upload(id, "ACCEPTANCE_FORM", "验收意见表.pdf", pdf());
    await upload(id, "BEFORE_PHOTO", "拆前.jpg");
    const after = await upload(id, "AFTER_PHOTO", "拆后.jpg");
    c = await current(id);
    expect(await submitCase({ caseId: id, version: c.version })).toMatchObject({
      message: "还缺：设备去向证明材料、主要设备和生产线清单（至少一项）、每项设备的去向",
    });

    // Removing an item brings it back onto the list: with everything else present, submit is still refused.
    expect((await removeEvidence({ evidenceId: after.body.id, caseVersion: c.version })).ok).toBe(true);
    expect(await prisma.evidence.findUniqueOrThrow({ where: { id: after.body.id } })).toMatchObject({
      deletedAt: expect.any(Date),
    });
    await upload(id, "EQUIPMENT_DESTINATION", "设备去向.pdf", pdf());
    // 淘汰设备清单: an item listed before its fate is known still holds the case back.
    c = await current(id);
    const furnace = {
      name: "中频感应电炉",
      model: "GW-1.0T",
      quantity: 2,
      capacity: 750,
      capacityUnit: "kW",
      disposition: "" as const,
      destination: "",
      evidenceId: "",
    };
    const added = await addEquipment({ caseId: id, caseVersion: c.version, ...furnace });
    expect(added).toMatchObject({ ok: true });
    c = await current(id);
    expect(await submitCase({ caseId: id, version: c.version })).toEqual({
      ok: false,
      code: "INVALID",
      message: "还缺：拆后照片、每项设备的去向",
    });
    expect((await current(id)).status).toBe("IN_PROGRESS");
    await upload(id, "AFTER_PHOTO", "拆后2.jpg");
    c = await current(id);
    const item = await prisma.caseEquipment.findUniqueOrThrow({ where: { id: added.ok ? added.data.id : "" } });
    expect(
      await updateEquipment({
        equipmentId: item.id,
        version: item.version,
        caseVersion: c.version,
        ...furnace,
        disposition: "SCRAPPED" as const,
      }),
    ).toMatchObject({ ok: true });
    c = await current(id);
    expect(await submitCase({ caseId: id, version: c.version })).toMatchObject({
      ok: true,
      data: { status: "SUBMITTED" },
    });

    // Submitted: the officer can no longer change it.
    c = await current(id);
    expect((await upload(id, "OTHER", "补充.jpg")).status).toBe(403);
    expect(await updateCase({ caseId: id, version: c.version, dimensions: ["SAFETY"] })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });

    // A return needs a reason; the officer sees it and resubmits.
    await actAs("office");
    expect(await returnCase({ caseId: id, version: c.version })).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "请填写理由",
    });
    expect(await returnCase({ caseId: id, version: c.version, reason: "设备去向证明缺少接收单位盖章" })).toMatchObject({
      ok: true,
      data: { status: "RETURNED" },
    });
    expect(await prisma.review.findFirst({ where: { caseId: id }, orderBy: { createdAt: "desc" } })).toMatchObject({
      decision: "RETURN",
      reason: "设备去向证明缺少接收单位盖章",
    });

    await actAs("jishigang");
    c = await current(id);
    await upload(id, "EQUIPMENT_DESTINATION", "设备去向（盖章）.pdf", pdf());
    c = await current(id);
    expect(await submitCase({ caseId: id, version: c.version })).toMatchObject({ ok: true });

    // The officer's own unit cannot accept or return its case (no self-acceptance); nothing changes.
    c = await current(id);
    expect(await acceptCase({ caseId: id, version: c.version })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await returnCase({ caseId: id, version: c.version, reason: "自己退回" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await current(id)).toEqual(c);

    // A reviewer holding an older page is told the case changed. (The test photos carry no capture time:
    // the case has integrity flags, so the acceptance says they were verified.)
    await actAs("office");
    expect(await acceptCase({ caseId: id, version: c.version, ...verified })).toMatchObject({
      ok: true,
      data: { status: "ACCEPTED" },
    });
    await actAs("sthj");
    expect(await returnCase({ caseId: id, version: c.version, reason: "照片不清晰" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    c = await current(id);
    expect(c.status).toBe("ACCEPTED");
    expect(c.acceptedAt).toBeInstanceOf(Date);

    // Accepted: read-only for the officer.
    await actAs("jishigang");
    expect((await upload(id, "OTHER", "补充.jpg")).status).toBe(403);
    expect(await submitCase({ caseId: id, version: c.version })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    // Only the office reopens, with a reason.
    await actAs("sthj");
    expect(await reopenCase({ caseId: id, version: c.version, reason: "x" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    await actAs("office");
    expect(await reopenCase({ caseId: id, version: c.version })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await reopenCase({ caseId: id, version: c.version, reason: "回访发现恢复生产" })).toMatchObject({
      ok: true,
      data: { status: "IN_PROGRESS" },
    });
    expect((await current(id)).acceptedAt).toBeNull();

    const audit = await prisma.auditLog.findMany({ where: { entity: "Case", entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "case.register",
      "evidence.upload",
      "case.submit",
      "case.return",
      "case.submit",
      "case.accept",
      "case.reopen",
    ]);
    expect(audit.find((a) => a.action === "case.accept")).toMatchObject({
      before: { status: "SUBMITTED" },
      after: { status: "ACCEPTED" },
    });
  });

  it("two reviewers at once: exactly one decision is taken, the other reviewer is told the case changed", async () => {
    await actAs("jishigang");
    const ids = [await registerTestCase(), await registerTestCase()];
    for (const id of ids) {
      await upload(id, "ACCEPTANCE_FORM", "验收意见表.pdf", pdf());
      await upload(id, "BEFORE_PHOTO", "拆前.jpg");
      await upload(id, "AFTER_PHOTO", "拆后.jpg");
      await upload(id, "EQUIPMENT_DESTINATION", "设备去向.pdf", pdf());
      await addEquipment({ caseId: id, caseVersion: (await current(id)).version, ...SCRAPPED_FURNACE });
      expect(await submitCase({ caseId: id, version: (await current(id)).version })).toMatchObject({ ok: true });
    }
    // Both cases reviewed at the same moment, in both orders of who starts first.
    for (const [id, order] of [
      [ids[0], ["office", "sthj"]],
      [ids[1], ["sthj", "office"]],
    ] as const) {
      const { version } = await current(id);
      const review = (who: string) =>
        asUser(who, () =>
          who === "office"
            ? acceptCase({ caseId: id, version, ...verified })
            : returnCase({ caseId: id, version, reason: "照片不清晰" }),
        );
      const results = await Promise.all(order.map(review));
      const won = results.filter((r) => r.ok);
      expect(won).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([
        { ok: false, code: "CONFLICT", message: "该记录已被他人修改，请刷新页面后重新填写" },
      ]);
      const status = won[0].ok ? (won[0].data as { status: string }).status : "";
      const after = await prisma.case.findUniqueOrThrow({ where: { id }, include: { reviews: true } });
      expect(after).toMatchObject({ status, version: version + 1 });
      expect(after.reviews).toHaveLength(1);
      const decisions = await prisma.auditLog.count({
        where: { entity: "Case", entityId: id, action: { in: ["case.accept", "case.return"] } },
      });
      expect(decisions).toBe(1);
    }
  });

  it("a SEALED case also needs the sealing proofs and the public commitment", async () => {
    await actAs("gulin");
    const id = await registerTestCase({ disposalPath: "SEALED" });
    for (const [kind, name] of [
      ["ACCEPTANCE_FORM", "a.pdf"],
      ["BEFORE_PHOTO", "b.jpg"],
      ["AFTER_PHOTO", "c.jpg"],
      ["EQUIPMENT_DESTINATION", "d.pdf"],
    ] as const) {
      await upload(id, kind, name, name.endsWith(".pdf") ? pdf() : undefined);
    }
    let c = await current(id);
    expect(await submitCase({ caseId: id, version: c.version })).toMatchObject({
      message:
        "还缺：断水证明、断电证明、拆除动力装置证明、封存主体设备（生产线）证明、公开承诺内容、公开承诺发布渠道、公开承诺日期",
    });
    for (const kind of [
      "SEAL_WATER_CUT",
      "SEAL_POWER_CUT",
      "SEAL_POWER_UNIT_REMOVED",
      "SEAL_EQUIPMENT_SEALED",
    ] as const)
      await upload(id, kind, `${kind}.jpg`);
    c = await current(id);
    expect(
      (
        await updateCase({
          caseId: id,
          version: c.version,
          dimensions: ["ENVIRONMENT"],
          disposalPath: "SEALED",
          commitmentText: "本企业承诺不再恢复生产",
          commitmentPublishedIn: "海曙新闻网",
          commitmentDate: "2020-08-01",
          policyBasisOther: "测试用政策依据",
        })
      ).ok,
    ).toBe(true);
    c = await current(id);
    expect(c.commitmentDate?.toISOString()).toBe("2020-08-01T00:00:00.000Z");
    expect(await submitCase({ caseId: id, version: c.version })).toMatchObject({ ok: true });
  });
});
