import { beforeEach, describe, expect, it } from "vitest";

import { prisma } from "@/server/db";
import { updateUnitContact } from "@/server/units/actions/update-contact";

import { actAs } from "../helpers/session";

const unit = (name: string) => prisma.unit.findFirstOrThrow({ where: { name } });
const audits = (unitId: number) =>
  prisma.auditLog.findMany({ where: { entity: "Unit", entityId: String(unitId) }, orderBy: { id: "asc" } });

describe("修改单位联系人 through the action wrapper", () => {
  beforeEach(() => actAs(null));

  it("lets a township officer edit their own unit and audits before/after", async () => {
    const gulin = await unit("古林镇");
    const actor = await actAs("gulin");
    const res = await updateUnitContact({
      unitId: gulin.id,
      version: gulin.version,
      contactName: "王芳",
      contactPhone: "13912345678",
    });
    expect(res).toEqual({ ok: true, data: { version: gulin.version + 1 } });
    expect(await unit("古林镇")).toMatchObject({ contactName: "王芳", contactPhone: "13912345678" });
    const log = (await audits(gulin.id)).at(-1)!;
    expect(log).toMatchObject({
      actorId: actor!.id,
      action: "unit.updateContact",
      before: { contactName: gulin.contactName, contactPhone: gulin.contactPhone, version: gulin.version },
      after: { contactName: "王芳", contactPhone: "13912345678", version: gulin.version + 1 },
    });
  });

  it("answers 'not found' to another unit's officer and changes nothing", async () => {
    const jsg = await unit("集士港镇");
    await actAs("gulin");
    const res = await updateUnitContact({
      unitId: jsg.id,
      version: jsg.version,
      contactName: "李四",
      contactPhone: "13800000000",
    });
    expect(res).toMatchObject({ ok: false, code: "NOT_FOUND", message: "记录不存在或无权访问" });
    expect(await unit("集士港镇")).toEqual(jsg);
    expect(await audits(jsg.id)).toEqual([]);
  });

  it.each(["leader", "fgj"])("refuses %s, who may not edit units", async (who) => {
    const u = await unit("高桥镇");
    await actAs(who);
    const res = await updateUnitContact({
      unitId: u.id,
      version: u.version,
      contactName: "李四",
      contactPhone: "13800000000",
    });
    expect(res).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await unit("高桥镇")).toEqual(u);
  });

  it("lets the office edit any unit", async () => {
    const u = await unit("望春工业园区");
    await actAs("office");
    const res = await updateUnitContact({
      unitId: u.id,
      version: u.version,
      contactName: "赵六",
      contactPhone: "0574-87654321",
    });
    expect(res.ok).toBe(true);
  });

  it("refuses a stale form instead of overwriting a newer edit", async () => {
    const u = await unit("横街镇");
    await actAs("hengjie");
    expect(
      (await updateUnitContact({ unitId: u.id, version: u.version, contactName: "甲", contactPhone: "13800000001" }))
        .ok,
    ).toBe(true);
    const stale = await updateUnitContact({
      unitId: u.id,
      version: u.version,
      contactName: "乙",
      contactPhone: "13800000002",
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await unit("横街镇")).contactName).toBe("甲");
  });

  it("explains invalid input in Chinese and saves nothing", async () => {
    const u = await unit("鄞江镇");
    await actAs("yinjiang");
    const res = await updateUnitContact({
      unitId: u.id,
      version: u.version,
      contactName: "王芳",
      contactPhone: "12345",
    });
    expect(res).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "联系电话格式不正确（手机号或带区号的固定电话）",
    });
    expect(await unit("鄞江镇")).toEqual(u);
  });
});
