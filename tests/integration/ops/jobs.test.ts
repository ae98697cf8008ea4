// Scheduled jobs run outside page rendering, once per interval across all instances: runners racing
// on the same database (as two portal processes do) run a due job exactly once, a failure is recorded
// and retried next interval, due reminders go out once, stale rate-limit counters are pruned.
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { prisma } from "@/server/db";
import { pruneRateLimits } from "@/server/jobs/prune-rate-limits";
import type { Job } from "@/server/jobs/registry";
import { jobs } from "@/server/jobs/registry";
import { runDueJobs } from "@/server/jobs/runner";

import { fixClock } from "../../helpers/clock";
import { returnVisitOf } from "../../helpers/matrix-fixtures";

// Each run is given its own "now"; a fixed clock for anything else that reads the time.
fixClock();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let n = 0;
function countingJob(everyMinutes = 5, fail = false): Job & { calls: Date[] } {
  const calls: Date[] = [];
  return {
    name: `test-job-${++n}`,
    everyMinutes,
    calls,
    run: async (now) => {
      calls.push(now);
      await sleep(150); // long enough for the other runner to arrive while this one works
      if (fail) throw new Error("磁盘已满");
    },
  };
}
const at = (iso: string) => new Date(iso);

describe("the job runner", () => {
  it("runners racing on one database run a due job exactly once", async () => {
    const job = countingJob();
    const now = at("2026-11-27T08:00:00Z");
    const results = await Promise.all([runDueJobs(now, [job]), runDueJobs(now, [job]), runDueJobs(now, [job])]);
    expect(job.calls).toHaveLength(1);
    expect(results.flat()).toEqual([job.name]);
    expect(await prisma.jobRun.findUniqueOrThrow({ where: { name: job.name } })).toMatchObject({
      runs: 1,
      lastError: null,
      lastStartedAt: now,
    });
  });

  it("runs again only once its interval has passed", async () => {
    const job = countingJob(5);
    await runDueJobs(at("2026-11-27T09:00:00Z"), [job]);
    expect(await runDueJobs(at("2026-11-27T09:03:00Z"), [job])).toEqual([]);
    expect(await runDueJobs(at("2026-11-27T09:05:00Z"), [job])).toEqual([job.name]);
    expect(job.calls.map((d) => d.toISOString())).toEqual(["2026-11-27T09:00:00.000Z", "2026-11-27T09:05:00.000Z"]);
  });

  it("a failing job is recorded and retried next interval; the jobs after it still run", async () => {
    const failing = countingJob(5, true);
    const next = countingJob(5);
    expect(await runDueJobs(at("2026-11-27T10:00:00Z"), [failing, next])).toEqual([failing.name, next.name]);
    expect(await prisma.jobRun.findUniqueOrThrow({ where: { name: failing.name } })).toMatchObject({
      lastError: "磁盘已满",
      lastFinishedAt: expect.any(Date),
    });
    await runDueJobs(at("2026-11-27T10:05:00Z"), [failing]);
    expect(failing.calls).toHaveLength(2);
  });

  it("due reminders: two instances' runners racing send each reminder once", async () => {
    const task = await returnVisitOf({ withPhoto: false }); // due 2020-07-10, not yet visited
    const unitUsers = await prisma.user.findMany({ where: { unitId: task.unitId }, select: { id: true } });
    const reminders = () =>
      prisma.notification.count({
        where: { recipientId: { in: unitUsers.map((u) => u.id) }, text: { startsWith: "回访任务已到期" } },
      });
    const before = await reminders();
    const now = at("2020-07-11T01:00:00Z"); // the day after it fell due, whatever today is
    await Promise.all([runDueJobs(now), runDueJobs(now)]);
    expect(await reminders()).toBe(before + unitUsers.length);
    expect(await prisma.returnVisit.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      dueNotifiedAt: expect.any(Date),
    });
    expect(jobs.map((j) => j.name)).toEqual(expect.arrayContaining(["due-reminders", "prune-rate-limits"]));
  });

  it("a run left unfinished (its instance died) is taken over after 30 minutes, not after 29", async () => {
    const job = countingJob(5);
    const started = at("2026-11-27T14:00:00Z");
    // Claimed at 14:00 by an instance that died before finishing: started, never finished.
    await prisma.jobRun.create({ data: { name: job.name, lastStartedAt: started, lastFinishedAt: null, runs: 1 } });
    expect(await runDueJobs(at("2026-11-27T14:29:00Z"), [job])).toEqual([]);
    expect(job.calls).toHaveLength(0);
    expect(await runDueJobs(at("2026-11-27T14:30:00Z"), [job])).toEqual([job.name]);
    expect(await prisma.jobRun.findUniqueOrThrow({ where: { name: job.name } })).toMatchObject({
      runs: 2,
      lastStartedAt: at("2026-11-27T14:30:00Z"),
      lastFinishedAt: expect.any(Date),
    });
  });

  it("page rendering no longer sends reminders (the portal layout does not call the job)", () => {
    expect(readFileSync("app/(portal)/layout.tsx", "utf8")).not.toContain("sendDueReminders");
  });
});

describe("pruning rate-limit counters", () => {
  it("deletes counters idle for a day; keeps fresh ones and locks still in force", async () => {
    const now = at("2026-11-27T12:00:00Z");
    const old = at("2026-11-25T12:00:00Z");
    await prisma.publicRateLimit.createMany({
      data: [
        { key: "prune:old", count: 3, windowStart: old },
        { key: "prune:fresh", count: 1, windowStart: at("2026-11-27T11:30:00Z") },
      ],
    });
    await prisma.loginThrottle.createMany({
      data: [
        { username: "prune:old", failures: 2, firstFailAt: old },
        { username: "prune:fresh", failures: 1, firstFailAt: at("2026-11-27T11:50:00Z") },
        { username: "prune:locked", failures: 9, firstFailAt: old, lockedUntil: at("2026-11-27T12:10:00Z") },
      ],
    });
    expect(await pruneRateLimits(now)).toEqual({ rateLimits: 1, loginThrottles: 1 });
    expect(
      (await prisma.publicRateLimit.findMany({ where: { key: { startsWith: "prune:" } } })).map((r) => r.key),
    ).toEqual(["prune:fresh"]);
    expect(
      (
        await prisma.loginThrottle.findMany({
          where: { username: { startsWith: "prune:" } },
          orderBy: { username: "asc" },
        })
      ).map((r) => r.username),
    ).toEqual(["prune:fresh", "prune:locked"]);
  });
});
