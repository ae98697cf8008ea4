import "server-only";
import { beijingDay } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { prisma } from "@/server/db";
import { notify } from "@/server/notifications/notify";

/**
 * Reminds once that a 回访 visit or a 约谈 follow-up has fallen due (Beijing day). A scheduled job
 * (server/jobs/registry.ts), never run by page rendering; each row is claimed with UPDATE … RETURNING,
 * so even overlapping runs never remind twice.
 */
export async function sendDueReminders(now: Date) {
  const today = beijingDay(now);
  // Most page views find nothing due: look first, without holding a transaction.
  const [visitDue, followUpDue] = await Promise.all([
    prisma.returnVisit.findFirst({ where: { result: null, dueNotifiedAt: null, dueDate: { lte: today } }, select: { id: true } }),
    prisma.supervisionNotice.findFirst({
      where: { kind: "INTERVIEW", followUpDoneAt: null, followUpNotifiedAt: null, followUpDate: { lte: today } }, select: { id: true },
    }),
  ]);
  if (!visitDue && !followUpDue) return;
  await prisma.$transaction(async (tx) => {
    const visits = await tx.$queryRaw<{ unitId: number; dueDate: Date }[]>`
      UPDATE "ReInspection" SET "dueNotifiedAt" = ${now}
      WHERE "result" IS NULL AND "dueNotifiedAt" IS NULL AND "dueDate" <= ${today}::date
      RETURNING "unitId", "dueDate"`;
    for (const unitId of new Set(visits.map((v) => v.unitId))) {
      const n = visits.filter((v) => v.unitId === unitId).length;
      await notify(tx, { role: "TOWNSHIP", unitId }, `回访任务已到期 ${n} 件，请尽快回访`, "/return-visits");
    }
    const followUps = await tx.$queryRaw<{ id: string; title: string; followUpDate: Date }[]>`
      UPDATE "SupervisionNotice" SET "followUpNotifiedAt" = ${now}
      WHERE "kind" = 'INTERVIEW' AND "followUpDoneAt" IS NULL AND "followUpNotifiedAt" IS NULL AND "followUpDate" <= ${today}::date
      RETURNING id, title, "followUpDate"`;
    for (const f of followUps) {
      const units = await tx.supervisionNoticeUnit.findMany({ where: { noticeId: f.id }, select: { unitId: true } });
      const text = `${f.title}的跟踪复查已到期（${formatDate(f.followUpDate)}）`;
      await notify(tx, { OR: [{ role: "OFFICE" }, { role: "TOWNSHIP", unitId: { in: units.map((u) => u.unitId) } }] }, text, "/supervision");
    }
  });
}
