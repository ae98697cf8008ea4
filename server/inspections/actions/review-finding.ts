"use server";
import { reviewFindingInput } from "@/lib/inspections/input";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { authorizeFindingTransition } from "@/server/inspections/load-for-change";
import { notify } from "@/server/notifications/notify";
import { districtOf } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/** 销号 or 退回: the office closes an answered finding (an optional note) or sends it back to the unit (a note saying why). */
export const reviewFinding = defineAction({
  name: "inspection.reviewFinding",
  input: reviewFindingInput,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const resource = await authorizeFindingTransition(tx, user, input.findingId, input.version, input.decision);
    if (input.decision === "SEND_BACK" && !input.note) throw new ActionError("INVALID", "退回时请写明理由");
    return resource;
  },
  run: async ({ user, input, tx, resource: { finding, to } }) => {
    const { round, case: _case, unit: _unit, ...before } = finding;
    const closing = input.decision === "CLOSE";
    const after = await updateVersioned(tx.inspectionFinding, finding.id, input.version, {
      status: to,
      officeNote: input.note,
      closedAt: closing ? new Date() : null,
      closedById: closing ? user.id : null,
    });
    const text = closing
      ? `监督检查问题已销号：${round.title}`
      : `监督检查问题整改未通过，已退回：${round.title}（${input.note}）`;
    await notify(
      tx,
      districtOf(user),
      { role: "TOWNSHIP", unitId: finding.unitId },
      text,
      `/inspections/findings/${finding.id}`,
    );
    return {
      data: { version: after.version },
      audit: [{ entity: "InspectionFinding", entityId: finding.id, before, after }],
    };
  },
  revalidate: (input) => [`/inspections/findings/${input.findingId}`, "/inspections", "/dashboard"],
});
