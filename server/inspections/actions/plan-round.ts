"use server";
import { planRoundInput } from "@/lib/inspections/input";
import { defineAction } from "@/server/action";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { checkRoundInput, writeRoundMembers } from "@/server/inspections/round-members";
import { notify } from "@/server/notifications/notify";
import { districtOf } from "@/server/scope";

/** 计划监督检查: the office plans a round in the selected year and draws its sample of accepted cases; the departments taking part are told. */
export const planRound = defineAction({
  name: "inspection.planRound",
  input: planRoundInput,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const campaign = await getCurrentCampaign(user, tx);
    await assertCampaignOpen(tx, campaign.id);
    await checkRoundInput(tx, campaign.districtId, input);
    return campaign;
  },
  run: async ({ user, input, tx, resource: campaign }) => {
    const { unitIds, departmentIds, ...fields } = input;
    const round = await tx.inspectionRound.create({
      data: { ...fields, campaignId: campaign.id, createdById: user.id },
    });
    const { sampled } = await writeRoundMembers(tx, round, input);
    await notify(
      tx,
      districtOf(user),
      { role: "DEPARTMENT", departmentId: { in: departmentIds } },
      `请参加监督检查：${round.title}`,
      `/inspections/${round.id}`,
    );
    return {
      data: { id: round.id, sampled },
      audit: [
        {
          entity: "InspectionRound",
          entityId: round.id,
          before: null,
          after: { ...round, unitIds, departmentIds, sampled },
        },
      ],
    };
  },
  revalidate: () => ["/inspections"],
});
