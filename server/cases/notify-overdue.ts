import "server-only";

import { rectificationDeadline } from "@/lib/cases/overdue";
import { formatDate } from "@/lib/format";
import { writeAudit } from "@/server/audit";
import { overdueWhere } from "@/server/cases/overdue-where";
import { prisma } from "@/server/db";
import { notify } from "@/server/notifications/notify";

/**
 * Tells the case's unit and the office, once, that a case has become overdue (for the job runner; not
 * called from any page). Idempotent: each case is marked `overdueNotifiedAt` in the same transaction as
 * its notices, and only unmarked cases are picked, so running it again (or twice at once) sends nothing
 * more. A new 限期整改 clears the mark, so the new deadline is announced when it passes in turn.
 */
export async function notifyOverdueCases(now: Date = new Date()): Promise<{ notified: number }> {
  const due = await prisma.case.findMany({
    where: { AND: [overdueWhere(now), { overdueNotifiedAt: null }] },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  let notified = 0;
  for (const { id } of due) {
    const sent = await prisma.$transaction(async (tx) => {
      // Claim the case first: a concurrent run's claim makes this one a no-op.
      const { count } = await tx.case.updateMany({
        where: { AND: [{ id, overdueNotifiedAt: null }, overdueWhere(now)] },
        data: { overdueNotifiedAt: now },
      });
      if (count === 0) return false;
      const c = await tx.case.findUniqueOrThrow({
        where: { id },
        include: { enterprise: { select: { name: true } }, unit: { select: { name: true, districtId: true } } },
      });
      const text = `整治对象逾期未整改（期限 ${formatDate(rectificationDeadline(c))}）：${c.unit.name} ${c.enterprise.name}`;
      await notify(
        tx,
        c.unit.districtId,
        { OR: [{ role: "TOWNSHIP", unitId: c.unitId }, { role: "OFFICE" }] },
        text,
        `/cases/${id}`,
      );
      await writeAudit(tx, { id: null, districtId: c.unit.districtId }, "case.overdue.notify", [
        { entity: "Case", entityId: id, before: { overdueNotifiedAt: null }, after: { overdueNotifiedAt: now } },
      ]);
      return true;
    });
    if (sent) notified++;
  }
  return { notified };
}
