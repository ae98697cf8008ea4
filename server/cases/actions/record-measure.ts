"use server";
import { recordMeasureInput } from "@/lib/cases/measure-input";
import { latestRectificationDeadline } from "@/lib/cases/overdue";
import { dayNumber } from "@/lib/dates";
import { measureKindLabel } from "@/lib/labels";
import { defineAction } from "@/server/action";
import type { AuditEntry } from "@/server/audit";
import { authorizeMeasure } from "@/server/cases/measure-rules";
import { notify } from "@/server/notifications/notify";
import { districtOf } from "@/server/scope";

/**
 * 记录执法措施 on a case: the case's own township, the lead department of the dimension, or the office.
 * A 限期整改 moves the case's rectification deadline (the latest one counts) and re-arms the overdue notice.
 */
export const recordMeasure = defineAction({
  name: "case.measure.record",
  input: recordMeasureInput,
  roles: ["TOWNSHIP", "DEPARTMENT", "OFFICE"],
  authorize: ({ user, input, tx }) => authorizeMeasure(tx, user, input.caseId, input),
  run: async ({ user, input, tx, resource: { row, departmentId } }) => {
    const measure = await tx.caseMeasure.create({
      data: {
        caseId: row.id,
        kind: input.kind,
        dimension: input.dimension,
        departmentId,
        date: input.date,
        reference: input.reference ?? "",
        deadline: input.deadline,
        note: input.note ?? "",
        recordedById: user.id,
      },
    });
    const audit: AuditEntry[] = [{ entity: "CaseMeasure", entityId: measure.id, before: null, after: measure }];
    if (input.kind === "RECTIFY_BY_DEADLINE") {
      const all = await tx.caseMeasure.findMany({
        where: { caseId: row.id },
        select: { kind: true, date: true, deadline: true, createdAt: true },
      });
      const measureDeadline = latestRectificationDeadline(all);
      const moved =
        (measureDeadline && dayNumber(measureDeadline)) !== (row.measureDeadline && dayNumber(row.measureDeadline));
      if (moved) {
        const after = await tx.case.update({
          where: { id: row.id },
          data: { measureDeadline, overdueNotifiedAt: null },
        });
        audit.push({
          entity: "Case",
          entityId: row.id,
          before: { measureDeadline: row.measureDeadline, overdueNotifiedAt: row.overdueNotifiedAt },
          after: { measureDeadline: after.measureDeadline, overdueNotifiedAt: null },
        });
      }
    }
    // The township learns of what others recorded on its case.
    if (user.role !== "TOWNSHIP") {
      const enterprise = await tx.enterprise.findUniqueOrThrow({
        where: { id: row.enterpriseId },
        select: { name: true },
      });
      await notify(
        tx,
        districtOf(user),
        { role: "TOWNSHIP", unitId: row.unitId },
        `执法措施（${measureKindLabel[input.kind]}）：${enterprise.name}`,
        `/cases/${row.id}`,
      );
    }
    return { data: { id: measure.id }, audit };
  },
  revalidate: (input) => [`/cases/${input.caseId}`, "/cases"],
});
