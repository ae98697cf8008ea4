"use server";
import { z } from "zod";

import { calendarDate, cuid, text } from "@/lib/fields";
import { checkEntryDate } from "@/lib/tasks/progress";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";
import { isLicenceOffice } from "@/server/licences/licence-office";
import { getLicenceWorkItem } from "@/server/licences/list-licence-worklist";

const input = z.object({
  caseId: cuid,
  cancelledOn: calendarDate("注销日期"),
  documentNumber: text("注销文书文号", 100, 2),
});

/**
 * 登记注销生产许可证 — 区市场监管局 only, for an enterprise on its work list (it exits as a whole); the
 * cancellation is also written on the case as the 注销生产许可证 measure (质量方面, ordered by 区市场监管局),
 * which completes the item. Audited.
 */
export const recordLicenceCancellation = defineAction({
  name: "licence.recordCancellation",
  input,
  roles: ["DEPARTMENT"],
  authorize: async ({ user, input, tx }) => {
    if (!(await isLicenceOffice(user, tx))) throw notFound();
    const item = await getLicenceWorkItem(tx, input.caseId);
    if (!item) throw new ActionError("CONFLICT", "该企业不在待注销清单中（可能已登记注销），请刷新页面");
    return item;
  },
  run: async ({ user, input, tx, resource: c }) => {
    const date = checkEntryDate(input.cancelledOn, new Date("2000-01-01T00:00:00Z"), new Date());
    if (!date.ok)
      throw new ActionError("INVALID", date.message.replace("日期不能早于本年度工作开始日期", "注销日期有误"));
    const created = await tx.licenceCancellation.create({
      data: {
        enterpriseId: c.enterprise.id,
        caseId: c.id,
        licenceNumber: c.enterprise.productionLicence!.trim(),
        cancelledOn: date.date,
        documentNumber: input.documentNumber,
        recordedById: user.id,
      },
    });
    const measure = await tx.caseMeasure.create({
      data: {
        caseId: c.id,
        kind: "CANCEL_PRODUCTION_PERMIT",
        dimension: "QUALITY",
        departmentId: user.departmentId!,
        date: date.date,
        reference: input.documentNumber,
        note: `注销生产许可证 ${created.licenceNumber}`,
        recordedById: user.id,
      },
    });
    return {
      data: { id: created.id },
      audit: [
        { entity: "LicenceCancellation", entityId: created.id, before: null, after: created },
        { entity: "CaseMeasure", entityId: measure.id, before: null, after: measure },
      ],
    };
  },
  revalidate: (input) => ["/tasks/licences", `/cases/${input.caseId}`],
});
