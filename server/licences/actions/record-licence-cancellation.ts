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

/** 登记注销生产许可证 — 区市场监管局 only, for a closed enterprise on its work list; audited. */
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
    return {
      data: { id: created.id },
      audit: [{ entity: "LicenceCancellation", entityId: created.id, before: null, after: created }],
    };
  },
  revalidate: () => ["/tasks/licences"],
});
