import "server-only";

import { lineSource } from "@/lib/tasks/line-source";
import { prisma } from "@/server/db";

/** T9's lead departments in a campaign (区发改局、区经信局): those a 产业政策 case may be assigned to. */
export async function listPolicyDepartments(campaignId: number) {
  const lines = await prisma.taskLine.findMany({
    where: { campaignId },
    select: { code: true, leads: { select: { department: { select: { id: true, name: true, displayOrder: true } } } } },
  });
  const t9 = lines.find((l) => lineSource(l.code).kind === "POLICY_CASES");
  return (t9?.leads.map((l) => l.department) ?? []).sort((a, b) => a.displayOrder - b.displayOrder);
}
