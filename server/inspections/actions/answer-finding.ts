"use server";
import { answerFindingInput } from "@/lib/inspections/input";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { authorizeFindingTransition } from "@/server/inspections/load-for-change";
import { notify } from "@/server/notifications/notify";
import { districtOf } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/** 答复整改: the unit answers its finding with what it rectified, after uploading the evidence; the office is told. */
export const answerFinding = defineAction({
  name: "inspection.answerFinding",
  input: answerFindingInput,
  roles: ["TOWNSHIP"],
  authorize: async ({ user, input, tx }) => {
    const { finding, to } = await authorizeFindingTransition(tx, user, input.findingId, input.version, "ANSWER");
    if (
      !(await tx.inspectionFindingFile.count({ where: { findingId: finding.id, role: "ANSWER", deletedAt: null } }))
    ) {
      throw new ActionError("INVALID", "请先上传整改证据（照片或材料）");
    }
    return { finding, to };
  },
  run: async ({ user, input, tx, resource: { finding, to } }) => {
    const { round, case: _case, unit, ...before } = finding;
    const after = await updateVersioned(tx.inspectionFinding, finding.id, input.version, {
      status: to,
      answer: input.answer,
      answeredAt: new Date(),
      answeredById: user.id,
    });
    await notify(
      tx,
      districtOf(user),
      { role: "OFFICE" },
      `监督检查问题已答复整改，待销号：${unit.name}（${round.title}）`,
      `/inspections/findings/${finding.id}`,
    );
    return {
      data: { version: after.version },
      audit: [{ entity: "InspectionFinding", entityId: finding.id, before, after }],
    };
  },
  revalidate: (input) => [`/inspections/findings/${input.findingId}`, "/inspections", "/dashboard"],
});
