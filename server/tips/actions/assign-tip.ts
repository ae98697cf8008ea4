"use server";
import { formatDate } from "@/lib/format";
import { assignTipInput } from "@/lib/tips/tip-input";
import { tipSubject } from "@/lib/tips/workflow";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { notify } from "@/server/notifications/notify";
import { districtOf, enterpriseDistrictScope } from "@/server/scope";
import { authorizeTipChange, updateTip } from "@/server/tips/load-for-change";

/** 交办: the office assigns a tip to a unit and/or department with a deadline, optionally linking the ledger enterprise. */
export const assignTip = defineAction({
  name: "tip.assign",
  input: assignTipInput,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const found = await authorizeTipChange(tx, user, input.tipId, input.version, "ASSIGN");
    // The assignee and the enterprise must be of the office's own district (docs/domain.md §市级).
    const district = districtOf(user);
    if (input.unitId !== null && !(await tx.unit.findFirst({ where: { id: input.unitId, districtId: district } })))
      throw new ActionError("INVALID", "承办单位无效");
    if (
      input.departmentId !== null &&
      !(await tx.department.findFirst({ where: { id: input.departmentId, districtId: district } }))
    )
      throw new ActionError("INVALID", "承办部门无效");
    if (
      input.enterpriseId !== null &&
      !(await tx.enterprise.findFirst({ where: { id: input.enterpriseId, ...enterpriseDistrictScope(user) } }))
    )
      throw new ActionError("INVALID", "台账企业无效");
    return found;
  },
  run: async ({ user, input, tx, resource: { row, to } }) => {
    const after = await updateTip(tx, row, {
      status: to,
      unitId: input.unitId,
      departmentId: input.departmentId,
      deadline: input.deadline,
      enterpriseId: input.enterpriseId,
      assignedAt: new Date(),
    });
    const text = `举报交办：${tipSubject(row)}，请于${formatDate(input.deadline)}前核查`;
    await notify(
      tx,
      districtOf(user),
      {
        OR: [
          ...(input.unitId !== null ? [{ role: "TOWNSHIP" as const, unitId: input.unitId }] : []),
          ...(input.departmentId !== null ? [{ role: "DEPARTMENT" as const, departmentId: input.departmentId }] : []),
        ],
      },
      text,
      `/tips/${row.id}`,
    );
    return { data: { version: after.version }, audit: [{ entity: "Tip", entityId: row.id, before: row, after }] };
  },
  revalidate: (input) => [`/tips/${input.tipId}`, "/tips"],
});
