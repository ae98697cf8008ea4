// The living demo (prisma/seed-demo.ts): every seeded case obeys the case rules, the files are real
// and stored, a second run adds nothing, a second fresh database gets the same campaign, and the
// dashboard has something to show: figures, units on pace and units lagging.
import { cpSync, existsSync, rmSync } from "node:fs";
import { resolve } from "node:path";

import exifr from "exifr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";

import { missingItems } from "@/lib/cases/requirements";
import { type Actor, decide } from "@/lib/cases/workflow";
import { asOfMoment, statusAt } from "@/lib/dashboard/history";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { lineSource } from "@/lib/tasks/line-source";
import { countsTowardsLine, progressOfLine } from "@/lib/tasks/progress";
import { DEMO_ON_PACE, DEMO_SLOW, DEMO_STANDS_AT, planDemoCases, seedDemo } from "@/prisma/seed-demo";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";
import { createDb, type Db } from "@/server/db-client";
import { env } from "@/server/env";
import { runDataChecks } from "@/server/tasks/data-checks";
import { getTaskLine } from "@/server/tasks/get-task-line";
import { listLineRecords } from "@/server/tasks/list-line-records";
import { listTaskLines } from "@/server/tasks/list-task-lines";

import { onPostgres, postgresUrl } from "../helpers/db-target";
import { HAISHU } from "../helpers/fixtures";
import { createDatabase, databaseName, dropDatabases, fileDatabaseName, withDatabase } from "../helpers/pg-databases";
import { actAs } from "../helpers/session";

const counts = async (db: PrismaClient) => ({
  cases: await db.case.count(),
  enterprises: await db.enterprise.count(),
  evidence: await db.evidence.count(),
  reviews: await db.review.count(),
  tips: await db.tip.count(),
  notices: await db.supervisionNotice.count(),
  returnVisits: await db.returnVisit.count(),
  progress: await db.taskProgress.count(),
  notifications: await db.notification.count(),
  rounds: await db.inspectionRound.count(),
  findings: await db.inspectionFinding.count(),
  referrals: await db.expertReferral.count(),
});
const story = (db: PrismaClient) =>
  db.case.findMany({
    select: {
      enterprise: { select: { name: true } },
      unit: { select: { name: true } },
      category: true,
      status: true,
      createdAt: true,
      acceptedAt: true,
    },
    orderBy: { enterprise: { name: "asc" } },
  });

let first: Awaited<ReturnType<typeof counts>>;
beforeAll(async () => {
  const result = await seedDemo(prisma);
  expect(result.skipped).toBe(false);
  first = await counts(prisma);
}, 300_000);

describe("the living demo", () => {
  it("covers every unit with a quota and every case status, about two thirds of each quota registered", async () => {
    const campaign = await getCurrentCampaign(HAISHU);
    const quotas = await prisma.quota.findMany({
      where: { campaignId: campaign.id, target: { gt: 0 } },
      include: { unit: true },
    });
    for (const q of quotas) {
      const n = await prisma.case.count({ where: { campaignId: campaign.id, unitId: q.unitId, category: q.category } });
      expect(n, `${q.unit.name} ${q.category}`).toBeGreaterThan(0);
    }
    const statuses = await prisma.case.groupBy({ by: ["status"], _count: true });
    expect(statuses.map((s) => s.status).sort()).toEqual([
      "ACCEPTED",
      "IN_PROGRESS",
      "REGISTERED",
      "RETURNED",
      "SUBMITTED",
    ]);
    const target = quotas.reduce((s, q) => s + q.target!, 0);
    expect(first.cases / target).toBeGreaterThan(0.6);
    expect(first.cases / target).toBeLessThan(0.8);
    const accepted = statuses.find((s) => s.status === "ACCEPTED")!._count;
    expect(accepted / first.cases).toBeGreaterThan(0.4);
    expect(accepted / first.cases).toBeLessThan(0.65);
    expect(
      await prisma.case.count({ where: { disposalPath: "SEALED", commitmentText: { not: null } } }),
    ).toBeGreaterThan(0);
    expect(first).toMatchObject({ tips: 4, notices: 2 });
    expect(first.returnVisits).toBeGreaterThan(0);
    expect(first.progress).toBeGreaterThan(10);
    expect(first.notifications).toBeGreaterThan(0);
    expect((await prisma.tip.groupBy({ by: ["status"] })).map((t) => t.status).sort()).toEqual([
      "ASSIGNED",
      "CLOSED",
      "RECEIVED",
      "VERIFIED",
    ]);
  });

  it("walks every seeded case through the rules: checklist met where submitted, every step allowed, timestamps telling the same story", async () => {
    const cases = await prisma.case.findMany({
      include: {
        evidence: { where: { deletedAt: null } },
        reviews: { orderBy: { createdAt: "asc" } },
        equipment: { include: { evidence: { select: { caseId: true } } } },
      },
    });
    const office: Actor = { role: "OFFICE", unitId: null, leadDimensions: [] };
    for (const c of cases) {
      const kinds = c.evidence.map((e) => e.kind);
      if (["SUBMITTED", "ACCEPTED", "RETURNED"].includes(c.status)) {
        expect(missingItems({ ...c, evidenceKinds: kinds }), c.id).toEqual([]);
      }
      // 淘汰设备清单: eliminations under way list their equipment; a proof is a file of the same case.
      if (c.category === "ELIMINATION" && c.status !== "REGISTERED")
        expect(c.equipment.length, c.id).toBeGreaterThan(0);
      if (c.category === "RECTIFICATION") expect(c.equipment, c.id).toEqual([]);
      for (const item of c.equipment) if (item.evidence) expect(item.evidence.caseId).toBe(c.id);
      // Replay: registered → (evidence) in progress → submit → each decision → … ends in the stored status.
      const township: Actor = { role: "TOWNSHIP", unitId: c.unitId, leadDimensions: [] };
      let status = "REGISTERED" as CaseStatus;
      const step = (action: Parameters<typeof decide>[0], actor: Actor) => {
        const d = decide(action, actor, { status, unitId: c.unitId, dimensions: c.dimensions });
        expect(d.ok, `${c.id} ${action} from ${status}`).toBe(true);
        if (d.ok) status = d.to;
      };
      if (c.evidence.length) step("EDIT", township);
      for (const r of c.reviews) {
        if (status !== "SUBMITTED") step("SUBMIT", township);
        step(r.decision, office);
      }
      if (c.status === "SUBMITTED" && status !== "SUBMITTED") step("SUBMIT", township);
      expect(status, c.id).toBe(c.status);
      expect(statusAt(c, new Date())?.status, c.id).toBe(c.status);
      // Nothing after the day the demo stands at.
      for (const t of [c.createdAt, c.submittedAt, c.acceptedAt, ...c.reviews.map((r) => r.createdAt)]) {
        if (t) expect(t.getTime()).toBeLessThan(asOfMoment(DEMO_STANDS_AT, new Date()).getTime());
      }
    }
  });

  it("stores real files: photos carry their capture time in EXIF, PDFs are PDFs", async () => {
    const photo = await prisma.evidence.findFirstOrThrow({ where: { mime: "image/jpeg" } });
    const pdf = await prisma.evidence.findFirstOrThrow({ where: { mime: "application/pdf" } });
    const dir = resolve(env().UPLOAD_DIR);
    const { readFileSync } = await import("node:fs");
    const jpeg = readFileSync(`${dir}/${photo.storageKey}`);
    expect(jpeg.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect((await exifr.parse(jpeg, { pick: ["DateTimeOriginal"], reviveValues: false })).DateTimeOriginal).toMatch(
      /^2020:/,
    );
    expect(photo.capturedAt!.getUTCFullYear()).toBe(2020);
    expect(readFileSync(`${dir}/${pdf.storageKey}`).subarray(0, 8).toString()).toBe("%PDF-1.4");
    // Every file is distinct: no false "same file used elsewhere" flags.
    expect(new Set((await prisma.evidence.findMany({ select: { sha256: true } })).map((e) => e.sha256)).size).toBe(
      first.evidence,
    );
  });

  it("gives the dashboard figures: as it stood on 30 June, units on pace and units clearly slow", async () => {
    const campaign = await getCurrentCampaign(HAISHU);
    const office = (await actAs("office"))!;
    const d = (await getDashboard(office, campaign, asOfMoment(DEMO_STANDS_AT, new Date())))!;
    expect(d.phase).toBe("RUNNING");
    expect(d.district.RECTIFICATION.accepted).toBeGreaterThan(0);
    expect(d.district.ELIMINATION.accepted).toBeGreaterThan(0);
    const lagging = d.rows.filter((r) => r.lagReason).map((r) => r.name);
    const onPace = d.rows
      .filter((r) => !r.lagReason && (r.quotas.ELIMINATION ?? r.quotas.RECTIFICATION) !== null)
      .map((r) => r.name);
    expect(lagging).toEqual(expect.arrayContaining(DEMO_SLOW));
    expect(onPace).toEqual(expect.arrayContaining(DEMO_ON_PACE));
    expect(d.taskLines.some((l) => l.progress > 0)).toBe(true);
    // Today the campaign is over: the same final figures, no slow units.
    const today = (await getDashboard(office, campaign, new Date()))!;
    expect(today.phase).toBe("ENDED");
    expect(today.district.RECTIFICATION.accepted).toBe(d.district.RECTIFICATION.accepted);
    expect(today.rows.filter((r) => r.lagReason)).toEqual([]);
  });

  it("records enforcement measures: T5, T6, T11a, T13 and T14 count them (nothing typed there), each figure's list the same; the 2020 targets unchanged", async () => {
    const office = (await actAs("office"))!;
    const campaign = await getCurrentCampaign(office);
    const june = asOfMoment(DEMO_STANDS_AT, new Date());
    const d = (await getDashboard(office, campaign, june))!;
    // The headline targets are the units' rows rolled up: 21 eliminations, 165 rectifications.
    expect([d.district.ELIMINATION.target, d.district.RECTIFICATION.target]).toEqual([21, 165]);
    const lines = await listTaskLines(office, campaign.id);
    for (const code of ["T5", "T6", "T11a", "T13", "T14"]) {
      const row = lines.find((l) => l.code === code)!;
      expect(lineSource(code).kind, code).toBe("MEASURES");
      expect(
        row.progress.filter((e) => countsTowardsLine(e)),
        `${code}: no typed figure`,
      ).toEqual([]);
      const figure = progressOfLine(row, campaign, june).achieved;
      expect(figure, code).toBeGreaterThanOrEqual(2);
      expect(d.taskLines.find((l) => l.code === code)!.progress, code).toBe(figure);
      const line = (await getTaskLine(office, row.id))!;
      const list = await listLineRecords(office, line, {}, june);
      expect(list.kind, code).toBe("CASES");
      if (list.kind !== "CASES") continue;
      expect([list.total, list.cases.length], code).toEqual([figure, figure]);
      for (const c of list.cases) expect(c.measures.length, `${code} ${c.enterprise.name}`).toBeGreaterThan(0);
    }
    // Each measure was ordered by the line's lead department within its dimension, dated by 30 June, after
    // its case was registered; none is a data-check finding.
    const measures = await prisma.caseMeasure.findMany({ include: { case: true, recordedBy: true } });
    expect(measures.length).toBeGreaterThanOrEqual(14);
    for (const m of measures) {
      expect(m.case.dimensions).toContain(m.dimension);
      expect(m.recordedBy.departmentId).toBe(m.departmentId);
      expect(m.date.getTime()).toBeLessThanOrEqual(DEMO_STANDS_AT.getTime());
      expect(m.createdAt.getTime()).toBeGreaterThan(m.case.createdAt.getTime());
    }
    const findings = await runDataChecks(campaign.id, new Date());
    expect(findings.filter((f) => ["T5", "T6", "T11a", "T13", "T14"].includes(f.lineCode ?? ""))).toEqual([]);
  });

  it("gives the expert and 监督检查 something to show: one answered and one waiting question, a round with open findings", async () => {
    const expert = (await actAs("expert"))!;
    const referrals = await prisma.expertReferral.findMany({ where: { expertId: expert.id }, include: { case: true } });
    expect(referrals.map((r) => [r.case!.category, r.case!.status, r.conclusion]).sort()).toEqual([
      ["ELIMINATION", "ACCEPTED", "CONFIRMED"],
      ["ELIMINATION", "SUBMITTED", null],
    ]);
    expect(await prisma.notification.count({ where: { recipientId: expert.id, readAt: null } })).toBe(1);
    const round = await prisma.inspectionRound.findFirstOrThrow({
      include: { findings: true, samples: { include: { case: true } }, units: true },
    });
    expect(round.units).toHaveLength(3);
    expect(round.samples.length).toBeGreaterThan(0);
    expect(round.samples.every((s) => s.case.status === "ACCEPTED" && s.case.acceptedAt! < round.startDate)).toBe(true);
    expect(round.findings.map((f) => f.status)).toEqual(["OPEN", "OPEN"]);
    expect(round.findings.every((f) => f.dueDate > f.recordedAt && f.recordedAt >= round.startDate)).toBe(true);
  });

  it("adds nothing on a second run", async () => {
    expect((await seedDemo(prisma)).skipped).toBe(true);
    expect(await counts(prisma)).toEqual(first);
  });
});

describe("determinism", () => {
  let second: Db;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const template = inject("databaseUrl");
    if (onPostgres) {
      const admin = postgresUrl();
      const name = fileDatabaseName(databaseName(admin));
      await createDatabase(admin, name, databaseName(template));
      second = createDb(withDatabase(admin, name));
      cleanup = () => dropDatabases(admin, [name]);
    } else {
      const dir = resolve(`.data/test-run/demo-second-${process.pid}-${Date.now()}`);
      cpSync(template.slice("pglite:".length), dir, { recursive: true });
      second = createDb(`pglite:${dir}`);
      cleanup = async () => {
        if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
      };
    }
    await seedDemo(second.prisma);
  }, 300_000);
  afterAll(async () => {
    await second?.close();
    await cleanup?.();
  });

  it("plans the same campaign every time", () => {
    expect(planDemoCases()).toEqual(planDemoCases());
  });

  it("writes the same enterprises, units, statuses and times into a second fresh database", async () => {
    expect(await story(second.prisma)).toEqual(await story(prisma));
    expect(await counts(second.prisma)).toEqual(first);
  });
});
