import "server-only";

import { notifyOverdueCases } from "@/server/cases/notify-overdue";
import { pruneRateLimits } from "@/server/jobs/prune-rate-limits";
import { deliverNotifications } from "@/server/notifications/deliver";
import { sendDueReminders } from "@/server/notifications/send-due-reminders";
import { snapshotCampaignDeadline } from "@/server/punishment/snapshot-campaign-deadline";

/** A scheduled job: run at most once per `everyMinutes` across all instances (server/jobs/runner.ts). */
export type Job = {
  /** Stable name: the JobRun row that records its runs. */
  name: string;
  everyMinutes: number;
  /** Must be safe to run again after a failure (each job claims its own rows). */
  run: (now: Date) => Promise<unknown>;
};

/** Every scheduled job of the portal. Page rendering never runs these. */
export const jobs: Job[] = [
  // 回访 visits, 约谈 follow-ups and open 监督检查 findings that fell due: one notification each.
  { name: "due-reminders", everyMinutes: 5, run: sendDueReminders },
  // Notices by e-mail and group robot: the day's digests once due, then every message due (retries with back-off).
  { name: "notice-delivery", everyMinutes: 1, run: deliverNotifications },
  // Rate-limit and login-throttle counters that no longer limit anyone.
  { name: "prune-rate-limits", everyMinutes: 60, run: pruneRateLimits },
  // Cases past their rectification deadline: the unit and the office are told once.
  { name: "overdue-cases", everyMinutes: 60, run: notifyOverdueCases },
  // 联合惩戒: each case's state at its campaign's deadline, taken once after the deadline passes.
  { name: "campaign-deadline-snapshot", everyMinutes: 60, run: snapshotCampaignDeadline },
];
