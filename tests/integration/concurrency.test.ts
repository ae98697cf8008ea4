import { describe, expect, it } from "vitest";

import { prisma } from "@/server/db";
import { updateUnitContact } from "@/server/units/actions/update-contact";

import { actAs } from "../helpers/session";

// PGlite is a single connection: these prove parallel requests queue correctly instead of
// interleaving inside each other's transactions or failing with driver errors.
describe("concurrent requests on one row", () => {
  it("20 parallel transactions on one row lose no update and each sees its own result", async () => {
    const u = await prisma.unit.findFirstOrThrow({ where: { name: "章水镇" } });
    const seen = await Promise.all(
      Array.from({ length: 20 }, () =>
        prisma.$transaction(async (tx) => {
          const row = await tx.unit.update({ where: { id: u.id }, data: { version: { increment: 1 } } });
          // A second statement in the same transaction: another request must not slip in between.
          const again = await tx.unit.findUniqueOrThrow({ where: { id: u.id } });
          expect(again.version).toBe(row.version);
          return row.version;
        }),
      ),
    );
    expect(new Set(seen).size).toBe(20);
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: u.id } })).version).toBe(u.version + 20);
  });

  it("20 officers saving the same form at once: one wins, 19 are told to refresh, nothing leaks", async () => {
    const u = await prisma.unit.findFirstOrThrow({ where: { name: "龙观乡" } });
    await actAs("longguan");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        updateUnitContact({
          unitId: u.id,
          version: u.version,
          contactName: `经办人${i}`,
          contactPhone: `138000000${String(i).padStart(2, "0")}`,
        }),
      ),
    );
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(19).fill("CONFLICT"));
    const after = await prisma.unit.findUniqueOrThrow({ where: { id: u.id } });
    expect(after.version).toBe(u.version + 1);
    expect(await prisma.auditLog.count({ where: { entity: "Unit", entityId: String(u.id) } })).toBe(1);
  });
});
