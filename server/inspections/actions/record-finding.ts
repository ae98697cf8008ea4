"use server";
import { recordFindingInput } from "@/lib/inspections/input";
import { checkDueDate, checkMayRecord } from "@/lib/inspections/rules";
import { defineAction } from "@/server/action";
import type { AuditEntry } from "@/server/audit";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { ActionError } from "@/server/errors";
import { loadRoundForChange } from "@/server/inspections/load-for-change";
import { authorizeReopen, reopenCaseByFinding } from "@/server/inspections/reopen-case";
import { notify } from "@/server/notifications/notify";
import { districtOf } from "@/server/scope";

/**
 * 记录问题: the office or a department taking part records a finding on one of the round's units, or on a
 * case of that unit (sampled or any of the round's year); photos follow through the upload route. The unit
 * is told. The office may at once reopen the accepted case it concerns (the case's REOPEN rule).
 */
export const recordFinding = defineAction({
  name: "inspection.recordFinding",
  input: recordFindingInput,
  roles: ["OFFICE", "DEPARTMENT"],
  authorize: async ({ user, input, tx }) => {
    const round = await loadRoundForChange(tx, user, input.roundId, "record");
    await assertCampaignOpen(tx, round.campaignId);
    const now = new Date();
    const may = checkMayRecord(user, round, input.unitId, now);
    if (!may.ok) throw new ActionError("FORBIDDEN", may.reason);
    const due = checkDueDate(input.dueDate, now);
    if (!due.ok) throw new ActionError("INVALID", due.reason);
    const row = input.caseId
      ? await tx.case.findFirst({ where: { id: input.caseId, unitId: input.unitId, campaignId: round.campaignId } })
      : null;
    if (input.caseId && !row) throw new ActionError("INVALID", "所选整治对象不属于该单位或本年度");
    if (!input.reopenCase) return { round, row, reopenTo: null };
    const reopenTo = await authorizeReopen(
      tx,
      user,
      { status: "OPEN", caseId: input.caseId, reopenedCaseAt: null, problem: input.problem },
      row,
    );
    return { round, row, reopenTo };
  },
  run: async ({ user, input, tx, resource: { round, row, reopenTo } }) => {
    const finding = await tx.inspectionFinding.create({
      data: {
        roundId: round.id,
        unitId: input.unitId,
        caseId: input.caseId,
        departmentId: user.role === "DEPARTMENT" ? user.departmentId : null,
        problem: input.problem,
        requirement: input.requirement,
        dueDate: input.dueDate,
        recordedById: user.id,
        reopenedCaseAt: reopenTo ? new Date() : null,
      },
    });
    const audit: AuditEntry[] = [{ entity: "InspectionFinding", entityId: finding.id, before: null, after: finding }];
    if (row && reopenTo) audit.push(await reopenCaseByFinding(tx, user, row, reopenTo, input.problem));
    await notify(
      tx,
      districtOf(user),
      { role: "TOWNSHIP", unitId: input.unitId },
      `监督检查发现问题，请于期限内整改：${round.title}`,
      `/inspections/findings/${finding.id}`,
    );
    return { data: { id: finding.id }, audit };
  },
  revalidate: (input) => [
    "/inspections",
    `/inspections/${input.roundId}`,
    `/units/${input.unitId}`,
    "/dashboard",
    ...(input.caseId ? [`/cases/${input.caseId}`] : []),
  ],
});
