import type { PrismaClient } from "@/lib/generated/prisma/client";
import { shouldTakeSnapshot } from "@/lib/punishment/joint-punishment";

// No "server-only" here: the end-to-end fixtures (plain tsx) run it with their own client, standing in for the job.

/**
 * Takes, once per campaign whose deadline has passed (Beijing day), the state of every case of that
 * campaign — 联合惩戒 is judged by it (for the job runner; no page calls it). Idempotent: the run marker
 * (DeadlineSnapshotRun, keyed by campaign) is written in the same transaction as the rows, so a second
 * or concurrent run finds it taken and writes nothing.
 */
export async function takeDeadlineSnapshots(
  prisma: PrismaClient,
  now: Date,
): Promise<{ campaigns: number; cases: number }> {
  const taken = new Set(
    (await prisma.deadlineSnapshotRun.findMany({ select: { campaignId: true } })).map((r) => r.campaignId),
  );
  const due = (await prisma.campaign.findMany({ select: { id: true, deadline: true } })).filter((c) =>
    shouldTakeSnapshot(c.deadline, now, taken.has(c.id)),
  );
  let campaigns = 0;
  let cases = 0;
  for (const campaign of due) {
    const written = await prisma.$transaction(async (tx) => {
      const claimed = await tx.deadlineSnapshotRun.createMany({
        data: [{ campaignId: campaign.id, takenAt: now }],
        skipDuplicates: true,
      });
      if (claimed.count === 0) return null;
      // One statement, the rows never through the application: a campaign has thousands of cases, and a createMany
      // of them binds five parameters a row (Prisma's parameter handling grows faster than the row count).
      const count = await tx.$executeRaw`
        INSERT INTO "DeadlineSnapshot" ("campaignId", "caseId", status, "submittedAt", "takenAt")
        SELECT "campaignId", id, status, "submittedAt", ${now} FROM "Case" WHERE "campaignId" = ${campaign.id}
        ON CONFLICT DO NOTHING`;
      await tx.auditLog.create({
        data: {
          actorId: null,
          action: "punishment.snapshot",
          entity: "Campaign",
          entityId: String(campaign.id),
          after: { takenAt: now.toISOString(), cases: count },
        },
      });
      return count;
    });
    if (written !== null) {
      campaigns++;
      cases += written;
    }
  }
  return { campaigns, cases };
}
