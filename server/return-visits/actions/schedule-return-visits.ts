"use server";
import { z } from "zod";

import { formatDate } from "@/lib/format";
import { needsReturnVisit, returnVisitDueDate } from "@/lib/return-visits/rules";
import { defineAction } from "@/server/action";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { notify } from "@/server/notifications/notify";
import { returnVisitPolicy } from "@/server/policies";

/**
 * 生成回访任务: one task per acceptance of a case the schedule selects (lib/return-visits/rules.ts: a SEALED
 * elimination always, a DISMANTLED one by sample, a closed 低散乱 workshop by its own sample). Running it
 * again adds only what is new, e.g. a case accepted again after reopening. The owning township is told
 * (it may accompany the visit the department or the office records).
 */
export const scheduleReturnVisits = defineAction({
  name: "returnVisit.schedule",
  input: z.object({}),
  roles: ["OFFICE"],
  authorize: async ({ user, tx }) => getCurrentCampaign(user, tx),
  run: async ({ tx, resource: campaign }) => {
    const accepted = await tx.case.findMany({
      where: { campaignId: campaign.id, status: "ACCEPTED", acceptedAt: { not: null } },
      select: {
        id: true,
        category: true,
        status: true,
        disposalPath: true,
        outcome: { select: { name: true } },
        unitId: true,
        acceptedAt: true,
        returnVisits: { select: { acceptedAt: true } },
      },
    });
    const due = accepted.filter(
      (c) =>
        needsReturnVisit(c, returnVisitPolicy) &&
        !c.returnVisits.some((r) => r.acceptedAt.getTime() === c.acceptedAt!.getTime()),
    );
    const rows = due.map((c) => ({
      caseId: c.id,
      unitId: c.unitId,
      acceptedAt: c.acceptedAt!,
      dueDate: returnVisitDueDate(c.acceptedAt!, returnVisitPolicy),
    }));
    if (rows.length) await tx.returnVisit.createMany({ data: rows, skipDuplicates: true });
    for (const unitId of new Set(rows.map((r) => r.unitId))) {
      const mine = rows.filter((r) => r.unitId === unitId);
      const first = mine.reduce((a, b) => (a.dueDate < b.dueDate ? a : b));
      await notify(
        tx,
        campaign.districtId,
        { role: "TOWNSHIP", unitId },
        `新增回访任务 ${mine.length} 件（由牵头部门或区工强办回访，可陪同），最早 ${formatDate(first.dueDate)} 到期`,
        "/return-visits",
      );
    }
    return {
      data: { created: rows.length },
      audit: rows.map((r) => ({ entity: "ReturnVisit", entityId: r.caseId, before: null, after: r })),
    };
  },
  revalidate: () => ["/return-visits"],
});
