import { describe, expect, it } from "vitest";

import { prisma } from "@/server/db";

import { serverActionFiles } from "../helpers/server-actions";
import { actAs } from "../helpers/session";

const files = serverActionFiles();

describe("every server action refuses an anonymous caller", () => {
  it("finds the app's server actions", () => {
    expect(files).toContain("server/units/actions/update-contact.ts");
  });

  it.each(files)("%s", async (file) => {
    await actAs(null);
    const mod: Record<string, unknown> = await import(/* @vite-ignore */ `../../${file}`);
    const actions = Object.entries(mod).filter(([, v]) => typeof v === "function");
    expect(actions.length).toBeGreaterThan(0);
    const auditBefore = await prisma.auditLog.count();
    const unitsBefore = await prisma.unit.findMany({ orderBy: { id: "asc" } });
    for (const [name, action] of actions) {
      // A plausible payload, so a refusal cannot come from input validation instead of the session.
      const res = await (action as (i: unknown) => Promise<unknown>)({
        unitId: 1,
        version: 0,
        contactName: "张三",
        contactPhone: "13800000000",
      });
      expect(res, name).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    }
    expect(await prisma.auditLog.count()).toBe(auditBefore);
    expect(await prisma.unit.findMany({ orderBy: { id: "asc" } })).toEqual(unitsBefore);
  });
});
