import "server-only";

import { prisma } from "@/server/db";
import { takeDeadlineSnapshots } from "@/server/punishment/take-deadline-snapshots";

/**
 * 联合惩戒: records each case's state at its campaign's deadline, once, after the deadline has passed
 * (Beijing day). For the job runner — no page calls it; idempotent (see takeDeadlineSnapshots).
 */
export function snapshotCampaignDeadline(now: Date = new Date()): Promise<{ campaigns: number; cases: number }> {
  return takeDeadlineSnapshots(prisma, now);
}
