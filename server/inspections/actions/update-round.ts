"use server";
import { updateRoundInput } from "@/lib/inspections/input";
import { checkRoundEditable } from "@/lib/inspections/rules";
import { defineAction } from "@/server/action";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { ActionError, conflict } from "@/server/errors";
import { loadRoundForChange } from "@/server/inspections/load-for-change";
import { checkRoundInput, writeRoundMembers } from "@/server/inspections/round-members";
import { districtOf } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/** The office changes a round before its first day (a stale form is refused); the sample is drawn again. */
export const updateRound = defineAction({
  name: "inspection.updateRound",
  input: updateRoundInput,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const round = await loadRoundForChange(tx, user, input.roundId);
    if (round.version !== input.version) throw conflict();
    await assertCampaignOpen(tx, round.campaignId);
    const editable = checkRoundEditable(user, round, new Date());
    if (!editable.ok) throw new ActionError("FORBIDDEN", editable.reason);
    await checkRoundInput(tx, districtOf(user), input);
    return round;
  },
  run: async ({ input, tx, resource: round }) => {
    const { roundId, version, unitIds, departmentIds, ...fields } = input;
    const after = await updateVersioned(tx.inspectionRound, roundId, version, fields);
    const { sampled } = await writeRoundMembers(tx, after, input);
    return {
      data: { version: after.version, sampled },
      audit: [
        {
          entity: "InspectionRound",
          entityId: roundId,
          before: round,
          after: { ...after, unitIds, departmentIds, sampled },
        },
      ],
    };
  },
  revalidate: (input) => ["/inspections", `/inspections/${input.roundId}`],
});
