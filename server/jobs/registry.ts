import "server-only";
import { pruneRateLimits } from "@/server/jobs/prune-rate-limits";
import { sendDueReminders } from "@/server/notifications/send-due-reminders";

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
  // 回头看 visits and 约谈 follow-ups that fell due: one notification each.
  { name: "due-reminders", everyMinutes: 5, run: sendDueReminders },
  // Rate-limit and login-throttle counters that no longer limit anyone.
  { name: "prune-rate-limits", everyMinutes: 60, run: pruneRateLimits },
  // Enforcement (#11) jobs are registered here, e.g.:
  //   { name: "overdue-cases", everyMinutes: 60, run: notifyOverdueCases },          // server/cases
  //   { name: "campaign-deadline-snapshot", everyMinutes: 60, run: snapshotCampaignDeadline }, // server/punishment
];
