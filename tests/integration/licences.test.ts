// 注销生产许可证: enterprises that exit as a whole (整体关停退出, a workshop's 关停 outcome, an escalation to
// 关停) holding a production licence are on 区市场监管局's work list until the 注销生产许可证 measure is recorded.
import { describe, expect, it } from "vitest";

import { GET as getDocument, POST as postDocument } from "@/app/api/licences/[id]/document/route";
import { escalateCase } from "@/server/cases/actions/escalate-case";
import { recordMeasure } from "@/server/cases/actions/record-measure";
import { prisma } from "@/server/db";
import { recordLicenceCancellation } from "@/server/licences/actions/record-licence-cancellation";
import { updateProductionLicence } from "@/server/licences/actions/update-production-licence";
import { listLicenceWorklist } from "@/server/licences/list-licence-worklist";

import { creditCode, HAISHU, jpeg } from "../helpers/fixtures";
import { multipartRequest } from "../helpers/matrix-fixtures";
import { actAs } from "../helpers/session";

type Kind = {
  category: "ELIMINATION" | "RECTIFICATION";
  outcome?: string;
  status?: "ACCEPTED" | "SUBMITTED" | "IN_PROGRESS";
  licence?: string | null;
  wholeExit?: boolean;
};

async function closedCase({
  category,
  outcome,
  status = "ACCEPTED",
  licence = `XK${creditCode().slice(-8)}`,
  wholeExit = category === "ELIMINATION",
}: Kind) {
  const [campaign, unit, creator] = await Promise.all([
    prisma.campaign.findFirstOrThrow({ orderBy: { year: "desc" } }),
    prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } }),
    prisma.user.findUniqueOrThrow({ where: { username: "gulin" } }),
  ]);
  const o = outcome
    ? await prisma.rectificationOutcome.findUniqueOrThrow({ where: { districtId_name: { ...HAISHU, name: outcome } } })
    : null;
  const enterprise = await prisma.enterprise.create({
    data: {
      name: `许可证企业${creditCode().slice(-6)}`,
      creditCode: creditCode(),
      unitId: unit.id,
      industry: "FOOD",
      productionLicence: licence,
    },
  });
  return prisma.case.create({
    data: {
      campaignId: campaign.id,
      enterpriseId: enterprise.id,
      unitId: unit.id,
      category,
      status,
      createdById: creator.id,
      dimensions: ["QUALITY"],
      disposalPath: category === "ELIMINATION" ? "DISMANTLED" : null,
      outcomeId: o?.id ?? null,
      wholeExit,
      acceptedAt: status === "ACCEPTED" ? new Date("2020-06-10T00:00:00Z") : null,
    },
  });
}

const onList = async (caseId: string) => (await listLicenceWorklist()).some((c) => c.id === caseId);

describe("the 注销生产许可证 work list", () => {
  it("lists an enterprise that exits as a whole: 整体关停退出 accepted, a workshop closed — not an elimination of an enterprise that keeps producing", async () => {
    const elimination = await closedCase({ category: "ELIMINATION" });
    const closed = await closedCase({ category: "RECTIFICATION", outcome: "关停淘汰" });
    const lineOnly = await closedCase({ category: "ELIMINATION", wholeExit: false });
    const upgraded = await closedCase({ category: "RECTIFICATION", outcome: "规范提升" });
    const unlicensed = await closedCase({ category: "ELIMINATION", licence: null });
    const notYet = await closedCase({ category: "ELIMINATION", status: "SUBMITTED" });
    expect([await onList(elimination.id), await onList(closed.id)]).toEqual([true, true]);
    expect(await Promise.all([lineOnly, upgraded, unlicensed, notYet].map((c) => onList(c.id)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    const item = (await listLicenceWorklist()).find((c) => c.id === elimination.id)!;
    expect(item.exitReason).toBe("整体关停退出，已验收");
  });

  it("an escalation that ends in 关停 puts the enterprise on the list at once; the 注销生产许可证 measure takes it off", async () => {
    const c = await closedCase({ category: "ELIMINATION", wholeExit: false, status: "IN_PROGRESS" });
    await prisma.case.update({ where: { id: c.id }, data: { dimensions: ["QUALITY", "ENVIRONMENT"] } });
    await prisma.caseMeasure.create({
      data: {
        caseId: c.id,
        kind: "SUSPEND_PRODUCTION",
        dimension: "ENVIRONMENT",
        departmentId: (await prisma.department.findFirstOrThrow({ where: { code: "STHJ" } })).id,
        date: new Date("2020-05-01"),
        recordedById: (await prisma.user.findUniqueOrThrow({ where: { username: "sthj" } })).id,
      },
    });
    expect(await onList(c.id)).toBe(false);
    await actAs("sthj");
    const fresh = await prisma.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(
      await escalateCase({
        caseId: c.id,
        version: fresh.version,
        dimension: "ENVIRONMENT",
        reason: "停产整顿后仍不具备条件",
      }),
    ).toMatchObject({ ok: true });
    expect(await onList(c.id)).toBe(true);
    expect((await listLicenceWorklist()).find((x) => x.id === c.id)!.exitReason).toBe("升级处置为关停");

    // 区市场监管局 records the measure on the case itself (质量方面): the item is complete.
    await actAs("scjg");
    expect(
      await recordMeasure({
        caseId: c.id,
        kind: "CANCEL_PRODUCTION_PERMIT",
        dimension: "QUALITY",
        date: "2020-08-01",
        deadline: "",
        reference: "海市监许注〔2020〕9号",
        note: "",
        departmentId: null,
      }),
    ).toMatchObject({ ok: true });
    expect(await onList(c.id)).toBe(false);
  });

  it("无证生产 is recorded as a measure (查处无证生产), and does not complete a licence item", async () => {
    const c = await closedCase({ category: "ELIMINATION" });
    await actAs("scjg");
    expect(
      await recordMeasure({
        caseId: c.id,
        kind: "UNLICENSED_PRODUCTION",
        dimension: "QUALITY",
        date: "2020-04-01",
        deadline: "",
        reference: "海市监罚〔2020〕21号",
        note: "无证生产食品",
        departmentId: null,
      }),
    ).toMatchObject({ ok: true });
    expect(await prisma.caseMeasure.findFirstOrThrow({ where: { caseId: c.id } })).toMatchObject({
      kind: "UNLICENSED_PRODUCTION",
    });
    expect(await onList(c.id)).toBe(true);
  });

  it("scjg records the cancellation (audited) and the enterprise leaves the list; a second record is refused", async () => {
    const c = await closedCase({ category: "ELIMINATION" });
    const scjg = await actAs("scjg");
    const res = await recordLicenceCancellation({
      caseId: c.id,
      cancelledOn: "2020-07-01",
      documentNumber: "海市监许注〔2020〕3号",
    });
    expect(res).toMatchObject({ ok: true });
    const id = res.ok ? res.data.id : "";
    const row = await prisma.licenceCancellation.findUniqueOrThrow({ where: { id } });
    const enterprise = await prisma.enterprise.findUniqueOrThrow({ where: { id: c.enterpriseId } });
    expect([row.licenceNumber, row.documentNumber, row.recordedById]).toEqual([
      enterprise.productionLicence,
      "海市监许注〔2020〕3号",
      scjg!.id,
    ]);
    expect(await prisma.auditLog.count({ where: { action: "licence.recordCancellation", entityId: id } })).toBe(1);
    // The cancellation is the case's 注销生产许可证 measure too.
    expect(
      await prisma.caseMeasure.findFirstOrThrow({ where: { caseId: c.id, kind: "CANCEL_PRODUCTION_PERMIT" } }),
    ).toMatchObject({ dimension: "QUALITY", reference: "海市监许注〔2020〕3号", recordedById: scjg!.id });
    expect(await onList(c.id)).toBe(false);
    expect(
      await recordLicenceCancellation({ caseId: c.id, cancelledOn: "2020-07-01", documentNumber: "重复" }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });

    // The optional decision document: scjg only, once.
    const send = async () =>
      postDocument(
        await multipartRequest(`/api/licences/${id}/document`, {
          file: { name: "注销决定.jpg", bytes: await jpeg(), type: "image/jpeg" },
        }),
        { params: Promise.resolve({ id }) },
      );
    await actAs("fgj");
    expect((await send()).status).toBe(404);
    await actAs("scjg");
    expect((await send()).status).toBe(201);
    expect((await send()).status).toBe(409);
    expect(
      (
        await getDocument(new Request(`http://localhost/api/licences/${id}/document`), {
          params: Promise.resolve({ id }),
        })
      ).status,
    ).toBe(200);
    await actAs("office");
    expect(
      (
        await getDocument(new Request(`http://localhost/api/licences/${id}/document`), {
          params: Promise.resolve({ id }),
        })
      ).status,
    ).toBe(404);
  });

  it("only 区市场监管局 records cancellations", async () => {
    const c = await closedCase({ category: "ELIMINATION" });
    for (const [who, code] of [
      ["fgj", "NOT_FOUND"],
      ["office", "FORBIDDEN"],
      ["gulin", "FORBIDDEN"],
      ["leader", "FORBIDDEN"],
    ] as const) {
      await actAs(who);
      expect(
        await recordLicenceCancellation({ caseId: c.id, cancelledOn: "2020-07-01", documentNumber: "文号" }),
        who,
      ).toMatchObject({ ok: false, code });
    }
    expect(await prisma.licenceCancellation.count({ where: { caseId: c.id } })).toBe(0);
    expect(await onList(c.id)).toBe(true);
  });

  it("the enterprise's licence number is kept by its own township, the office or scjg; recording it puts a closed enterprise on the list", async () => {
    const c = await closedCase({ category: "ELIMINATION", licence: null });
    await actAs("jishigang");
    expect(await updateProductionLicence({ enterpriseId: c.enterpriseId, productionLicence: "SC123" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    await actAs("fgj");
    expect(await updateProductionLicence({ enterpriseId: c.enterpriseId, productionLicence: "SC123" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    await actAs("gulin");
    expect(
      await updateProductionLicence({ enterpriseId: c.enterpriseId, productionLicence: " ｓｃ１０２３３０２０３ " }),
    ).toEqual({ ok: true, data: { productionLicence: "SC102330203" } });
    expect(await onList(c.id)).toBe(true);
    await actAs("scjg");
    expect(await updateProductionLicence({ enterpriseId: c.enterpriseId, productionLicence: "" })).toMatchObject({
      ok: true,
    });
    expect(await onList(c.id)).toBe(false);
  });
});
