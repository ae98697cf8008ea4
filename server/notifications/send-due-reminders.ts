import "server-only";

import { beijingDay } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { prisma } from "@/server/db";
import { notify } from "@/server/notifications/notify";

/**
 * Reminds once that a 回访 visit, a 约谈 follow-up or an open 监督检查 finding has fallen due (Beijing day). A scheduled job
 * (server/jobs/registry.ts), never run by page rendering; each row is claimed with UPDATE … RETURNING,
 * so even overlapping runs never remind twice.
 */
export async function sendDueReminders(now: Date) {
  const today = beijingDay(now);
  // Most page views find nothing due: look first, without holding a transaction.
  const [visitDue, followUpDue, findingDue] = await Promise.all([
    prisma.returnVisit.findFirst({
      where: { result: null, dueNotifiedAt: null, dueDate: { lte: today } },
      select: { id: true },
    }),
    prisma.supervisionNotice.findFirst({
      where: { kind: "INTERVIEW", followUpDoneAt: null, followUpNotifiedAt: null, followUpDate: { lte: today } },
      select: { id: true },
    }),
    prisma.inspectionFinding.findFirst({
      where: { status: "OPEN", dueNotifiedAt: null, dueDate: { lte: today } },
      select: { id: true },
    }),
  ]);
  if (!visitDue && !followUpDue && !findingDue) return;
  await prisma.$transaction(async (tx) => {
    const visits = await tx.$queryRaw<{ unitId: number; dueDate: Date; districtId: number }[]>`
      UPDATE "ReInspection" SET "dueNotifiedAt" = ${now}
      WHERE "result" IS NULL AND "dueNotifiedAt" IS NULL AND "dueDate" <= ${today}::date
      RETURNING "unitId", "dueDate", (SELECT u."districtId" FROM "Unit" u WHERE u.id = "unitId") AS "districtId"`;
    for (const unitId of new Set(visits.map((v) => v.unitId))) {
      const mine = visits.filter((v) => v.unitId === unitId);
      const n = mine.length;
      await notify(
        tx,
        mine[0].districtId,
        { role: "TOWNSHIP", unitId },
        `回访任务已到期 ${n} 件，请配合牵头部门或区工强办回访`,
        "/return-visits",
      );
    }
    const followUps = await tx.$queryRaw<{ id: string; title: string; followUpDate: Date; districtId: number }[]>`
      UPDATE "SupervisionNotice" SET "followUpNotifiedAt" = ${now}
      WHERE "kind" = 'INTERVIEW' AND "followUpDoneAt" IS NULL AND "followUpNotifiedAt" IS NULL AND "followUpDate" <= ${today}::date
      RETURNING id, title, "followUpDate", (SELECT c."districtId" FROM "Campaign" c WHERE c.id = "campaignId") AS "districtId"`;
    for (const f of followUps) {
      const units = await tx.supervisionNoticeUnit.findMany({ where: { noticeId: f.id }, select: { unitId: true } });
      const text = `${f.title}的跟踪复查已到期（${formatDate(f.followUpDate)}）`;
      await notify(
        tx,
        f.districtId,
        { OR: [{ role: "OFFICE" }, { role: "TOWNSHIP", unitId: { in: units.map((u) => u.unitId) } }] },
        text,
        "/supervision",
      );
    }
    // A finding sent back after its due date is open again without a reminder yet: it gets one then.
    const findings = await tx.$queryRaw<
      { id: string; unitId: number; dueDate: Date; title: string; districtId: number }[]
    >`
      UPDATE "InspectionFinding" f SET "dueNotifiedAt" = ${now}
      FROM "InspectionRound" r JOIN "Campaign" c ON c.id = r."campaignId"
      WHERE r.id = f."roundId" AND f."status" = 'OPEN' AND f."dueNotifiedAt" IS NULL AND f."dueDate" <= ${today}::date
      RETURNING f.id, f."unitId", f."dueDate", r.title, c."districtId"`;
    for (const f of findings) {
      const text = `监督检查问题整改已到期（${formatDate(f.dueDate)}），请尽快整改并答复：${f.title}`;
      await notify(tx, f.districtId, { role: "TOWNSHIP", unitId: f.unitId }, text, `/inspections/findings/${f.id}`);
    }
  });
}
