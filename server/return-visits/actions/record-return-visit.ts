"use server";
import { z } from "zod";

import { decideRelapse } from "@/lib/cases/workflow";
import { calendarDate, cuid, optionalText, text, version } from "@/lib/fields";
import { ReturnVisitResult } from "@/lib/generated/prisma/enums";
import { defineAction } from "@/server/action";
import type { AuditEntry } from "@/server/audit";
import { applyTransition } from "@/server/cases/define-transition";
import { ActionError, conflict } from "@/server/errors";
import { notify } from "@/server/notifications/notify";
import { getReturnVisitForRecorder } from "@/server/return-visits/get-return-visit-for-recorder";
import { districtOf } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

const input = z.object({
  id: cuid,
  version,
  visitedOn: calendarDate("回访日期"),
  result: z.enum(ReturnVisitResult, "请选择回访结果"),
  note: text("回访情况", 2000, 2),
  /** 属地镇（乡）街道陪同人员 (optional): the township may accompany the visit, it does not record it. */
  accompaniedBy: optionalText("陪同人员", 100),
});

/**
 * 录入回访: the office or the department in whose remit the case lies records the visit (photos uploaded
 * first), naming who of the township accompanied it; the owning township does not record it. Production
 * resumed (死灰复燃) reopens the case under the REOPEN rule, so it leaves the accepted count, and the office
 * is notified (the township, as for any reopening). In a closed year the case stays as it was (the freeze) and the office is
 * told to register a new case.
 */
export const recordReturnVisit = defineAction({
  name: "returnVisit.record",
  input,
  roles: ["OFFICE", "DEPARTMENT"],
  authorize: async ({ user, input, tx }) => {
    const task = await getReturnVisitForRecorder(tx, user, input.id);
    if (task.version !== input.version) throw conflict();
    if (task.photos === 0) throw new ActionError("INVALID", "请先上传回访现场照片");
    if (input.result !== "RESUMED") return { task, relapse: null, frozen: false };
    // A closed year's figures stay as they were: the relapse is recorded and reported, the case not reopened.
    const campaign = await tx.campaign.findUniqueOrThrow({
      where: { id: task.case.campaignId },
      select: { closedAt: true },
    });
    if (campaign.closedAt) return { task, relapse: null, frozen: true };
    const decision = decideRelapse(user, task.case);
    // Reopened meanwhile (or accepted again): this task's acceptance is no longer the current one.
    if (!decision.ok || task.case.acceptedAt?.getTime() !== task.acceptedAt.getTime()) {
      throw new ActionError("CONFLICT", "该整治对象已不处于本次验收状态，请刷新页面");
    }
    return { task, relapse: decision.to, frozen: false };
  },
  run: async ({ user, input, tx, resource: { task, relapse, frozen } }) => {
    const after = await updateVersioned(tx.returnVisit, task.id, task.version, {
      visitedOn: input.visitedOn,
      result: input.result,
      note: input.note,
      accompaniedBy: input.accompaniedBy,
      recordedById: user.id,
      recordedAt: new Date(),
    });
    const audit: AuditEntry[] = [{ entity: "ReturnVisit", entityId: task.id, before: task, after }];
    const { name: unitName } = await tx.unit.findUniqueOrThrow({ where: { id: task.unitId }, select: { name: true } });
    // The office (other than the recorder) hears of a relapse; the owning township too — through the
    // reopening's own notice when the case reopens, directly when the year is closed.
    const office = { role: "OFFICE" as const, NOT: { id: user.id } };
    const officeAndTownship = {
      OR: [{ role: "OFFICE" as const }, { role: "TOWNSHIP" as const, unitId: task.unitId }],
      NOT: { id: user.id },
    };
    if (relapse) {
      const { case: row } = task;
      const { audit: caseAudit } = await applyTransition(
        tx,
        user.id,
        "REOPEN",
        row,
        relapse,
        `回访发现死灰复燃：${input.note}`,
      );
      audit.push(caseAudit);
      await notify(
        tx,
        districtOf(user),
        office,
        `回访发现死灰复燃，已撤销验收：${task.enterpriseName}（${unitName}）`,
        `/cases/${row.id}`,
      );
    }
    if (frozen) {
      await notify(
        tx,
        districtOf(user),
        officeAndTownship,
        `回访发现死灰复燃：${task.enterpriseName}（${unitName}）；所属年度已关闭，未撤销验收，请在当前年度登记新的整治对象`,
        `/cases/${task.case.id}`,
      );
    }
    return { data: { version: after.version }, audit };
  },
  revalidate: (input) => [`/return-visits/${input.id}`, "/return-visits", "/dashboard", "/cases"],
});
