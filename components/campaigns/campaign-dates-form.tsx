"use client";
import { CampaignFields, campaignFieldValues } from "@/components/campaigns/campaign-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { updateCampaignDates } from "@/server/campaigns/actions/update-campaign-dates";

type Props = { campaignId: number; version: number; title: string; startDate: string; deadline: string };

export function CampaignDatesForm({ campaignId, version, title, startDate, deadline }: Props) {
  const { pending, notice, fieldErrors, submit } = useServerAction();
  const onSubmit = submit(
    (form) => updateCampaignDates({ campaignId, version, ...campaignFieldValues(form) }),
    "已保存",
  );

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate>
      <CampaignFields title={title} startDate={startDate} deadline={deadline} errors={fieldErrors} />
      <div className="space-y-2 sm:col-span-2">
        <FormMessage message={notice} />
        <Button type="submit" disabled={pending}>
          {pending ? "保存中…" : "保存日期"}
        </Button>
      </div>
    </form>
  );
}
