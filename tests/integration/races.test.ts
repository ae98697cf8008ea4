// Two people doing the same thing at the same moment, each with their own session, truly in parallel:
// on PostgreSQL (TEST_DB_TARGET=postgres) the two transactions overlap; on PGlite they queue. Either
// way exactly one wins, the other is told why, and the database holds one result.
import { describe, expect, it } from "vitest";

import { acceptCase } from "@/server/cases/actions/accept-case";
import { registerCase } from "@/server/cases/actions/register-case";
import { prisma } from "@/server/db";
import { confirmPunishment } from "@/server/punishment/actions/confirm-punishment";
import { getSessionUser } from "@/server/session";

import { creditCode } from "../helpers/fixtures";
import { caseOf, USERNAMES } from "../helpers/matrix-fixtures";
import { asUser } from "../helpers/session";

type Result = { ok: boolean; code?: string; message?: string };

/** The results of parallel calls as [winners, losers]. */
function split(results: Result[]) {
  return [results.filter((r) => r.ok), results.filter((r) => !r.ok)] as const;
}

describe("races between two users (separate sessions, same moment)", () => {
  it("each of the parallel calls sees its own user", async () => {
    const seen = await Promise.all(
      ["office", "fgj", "jishigang", null].map((u) =>
        asUser(u, async () => {
          await new Promise((r) => setTimeout(r, 5));
          return (await getSessionUser())?.username ?? null;
        }),
      ),
    );
    expect(seen).toEqual(["office", "fgj", "jishigang", null]);
  });

  it("two reviewers accept the same case at once: one accepts, the other is told the case changed", async () => {
    const c = await caseOf("SUBMITTED");
    const results = await Promise.all([
      asUser("office", () => acceptCase({ caseId: c.id, version: c.version })),
      asUser("fgj", () => acceptCase({ caseId: c.id, version: c.version })),
    ]);
    const [winners, losers] = split(results);
    expect(winners).toHaveLength(1);
    expect(losers).toEqual([expect.objectContaining({ ok: false, code: "CONFLICT" })]);
    const after = await prisma.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(after).toMatchObject({ status: "ACCEPTED", version: c.version + 1 });
    expect(await prisma.review.count({ where: { caseId: c.id, decision: "ACCEPT" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { entity: "Case", entityId: c.id, action: "case.accept" } })).toBe(1);
    expect(await prisma.notification.count({ where: { href: `/cases/${c.id}` } })).toBeGreaterThan(0);
  });

  it("the office confirms the same 联合惩戒 entry twice at once: one entry, the second refused as a conflict", async () => {
    const c = await caseOf("RETURNED");
    // Judged by the deadline snapshot: the case was still being worked on at the deadline.
    await prisma.deadlineSnapshotRun.upsert({
      where: { campaignId: c.campaignId },
      create: { campaignId: c.campaignId },
      update: {},
    });
    await prisma.deadlineSnapshot.create({ data: { campaignId: c.campaignId, caseId: c.id, status: "RETURNED" } });
    const results = await Promise.all([
      asUser("office", () => confirmPunishment({ caseId: c.id })),
      asUser("office", () => confirmPunishment({ caseId: c.id })),
    ]);
    const [winners, losers] = split(results);
    expect(winners).toHaveLength(1);
    expect(losers).toEqual([expect.objectContaining({ ok: false, code: "CONFLICT" })]);
    expect(await prisma.jointPunishmentEntry.count({ where: { caseId: c.id } })).toBe(1);
    expect(
      await prisma.auditLog.count({
        where: {
          entity: "JointPunishmentEntry",
          action: "punishment.confirm",
          after: { path: ["caseId"], equals: c.id },
        },
      }),
    ).toBe(1);
  });

  it.each([
    ["one unit twice", "township", "township"],
    ["two units", "township", "otherTownship"],
  ] as const)(
    "the same credit code registered by %s at once: one enterprise with one case, the other refused as a conflict",
    async (_, first, second) => {
      const code = creditCode();
      const input = {
        enterpriseName: "并发登记铸造厂",
        creditCode: code,
        industry: "FOUNDRY",
        category: "ELIMINATION",
        disposalPath: "DISMANTLED",
        dimensions: ["ENERGY"],
      };
      const results = await Promise.all([
        asUser(USERNAMES[first], () => registerCase(input as never)),
        asUser(USERNAMES[second], () => registerCase(input as never)),
      ]);
      const [winners, losers] = split(results);
      expect(winners).toHaveLength(1);
      expect(losers).toEqual([expect.objectContaining({ ok: false, code: "CONFLICT" })]);
      const enterprises = await prisma.enterprise.findMany({ where: { creditCode: code }, include: { cases: true } });
      expect(enterprises).toHaveLength(1);
      // The case lies with the unit whose enterprise it is.
      expect(enterprises[0].cases).toEqual([expect.objectContaining({ unitId: enterprises[0].unitId })]);
    },
  );
});
