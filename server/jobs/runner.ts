import "server-only";

import { prisma } from "@/server/db";
import { env } from "@/server/env";
import { type Job, jobs as registered } from "@/server/jobs/registry";
import { log } from "@/server/log";

/** A run that has not finished after this long is taken to have died with its instance. */
const STALE_RUN_MS = 30 * 60_000;
/** Ticks are not exactly on time; a run due within this margin counts as due. */
const SLACK_MS = 15_000;

/**
 * Claims this interval's run of `job` for this instance: one conditional UPDATE of its JobRun row.
 * Instances racing on PostgreSQL queue on the row lock and the losers find the row already claimed
 * (READ COMMITTED re-checks the condition), so exactly one instance runs the job per interval. A
 * run still in progress is not claimed again unless it is stale.
 */
async function claim(job: Job, now: Date): Promise<boolean> {
  const epoch = new Date(0);
  await prisma.$executeRaw`
    INSERT INTO "JobRun" (name, "lastStartedAt", "lastFinishedAt", runs) VALUES (${job.name}, ${epoch}, ${epoch}, 0)
    ON CONFLICT (name) DO NOTHING`;
  const due = new Date(now.getTime() - job.everyMinutes * 60_000 + SLACK_MS);
  const stale = new Date(now.getTime() - STALE_RUN_MS);
  const claimed = await prisma.$executeRaw`
    UPDATE "JobRun" SET "lastStartedAt" = ${now}, "lastFinishedAt" = NULL, runs = runs + 1
    WHERE name = ${job.name} AND "lastStartedAt" <= ${due}
      AND ("lastFinishedAt" IS NOT NULL OR "lastStartedAt" <= ${stale})`;
  return claimed === 1;
}

/** Runs every registered job that is due and not claimed by another instance; returns the names run here. */
export async function runDueJobs(now = new Date(), jobs: Job[] = registered): Promise<string[]> {
  const ran: string[] = [];
  for (const job of jobs) {
    if (!(await claim(job, now))) continue;
    ran.push(job.name);
    const started = performance.now();
    let error: unknown = null;
    try {
      const result = await job.run(now);
      log().info({ job: job.name, ms: Math.round(performance.now() - started), result: result ?? undefined }, "job");
    } catch (e) {
      error = e;
      log().error({ job: job.name, ms: Math.round(performance.now() - started), err: e }, "job failed");
    }
    await prisma.jobRun.update({
      where: { name: job.name },
      data: {
        lastFinishedAt: new Date(),
        lastError: error ? String((error as Error).message ?? error).slice(0, 2000) : null,
      },
    });
  }
  return ran;
}

const RUNNER = Symbol.for("haishu.job-runner");

/**
 * Starts this instance's ticker (from instrumentation.ts, once per server process): every
 * JOB_TICK_MINUTES it runs the jobs that are due. Every instance ticks; the claim makes each run
 * happen on one of them only.
 */
export function startJobRunner() {
  const g = globalThis as { [RUNNER]?: NodeJS.Timeout };
  if (g[RUNNER]) return;
  let running = false;
  const tick = async () => {
    if (running) return; // a slow tick is not overlapped by the next one
    running = true;
    try {
      await runDueJobs(new Date());
    } catch (err) {
      log().error({ err }, "job runner tick failed");
    } finally {
      running = false;
    }
  };
  g[RUNNER] = setInterval(tick, env().JOB_TICK_MINUTES * 60_000);
  setTimeout(tick, 5_000).unref();
  log().info({ tickMinutes: env().JOB_TICK_MINUTES, jobs: registered.map((j) => j.name) }, "job runner started");
}
