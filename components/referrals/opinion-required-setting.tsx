"use client";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { checkClass, FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { setExpertOpinionRequired } from "@/server/referrals/actions/set-opinion-required";

/** The campaign setting: ELIMINATION cases need an answered expert opinion before acceptance. */
export function OpinionRequiredSetting({
  campaignId,
  version,
  required,
}: {
  campaignId: number;
  version: number;
  required: boolean;
}) {
  const { pending, notice, run } = useServerAction();
  const [checked, setChecked] = useState(required);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => setExpertOpinionRequired({ campaignId, version, required: checked }),
          checked ? "已设置：淘汰落后产能企业须有专家意见后方可验收" : "已取消专家意见要求",
        );
      }}
    >
      <label className="flex items-start gap-2 text-sm max-sm:min-h-11">
        <input
          type="checkbox"
          name="expertOpinionRequired"
          checked={checked}
          onChange={(e) => setChecked(e.target.checked)}
          className={`mt-1 ${checkClass}`}
        />
        <span>淘汰落后产能企业验收前须有行业专家意见（至少一份已答复、未撤回的专家意见）</span>
      </label>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? "保存中…" : "保存"}
      </Button>
      <FormMessage message={notice} />
    </form>
  );
}
