"use client";
import { useRouter } from "next/navigation";
import { CampaignFields, campaignFieldValues } from "@/components/campaigns/campaign-fields";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { createCampaign } from "@/server/campaigns/actions/create-campaign";

type Source = { id: number; year: number; title: string; startDate: string; deadline: string };
type Initial = { fromCampaignId: number; year: number; title: string; startDate: string; deadline: string };

export function CreateCampaignForm({ sources, initial }: { sources: Source[]; initial: Initial }) {
  const router = useRouter();
  const { pending, notice, fieldErrors, run } = useServerAction();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const value = (k: string) => String(f.get(k) ?? "");
    run(
      () => createCampaign({ fromCampaignId: value("fromCampaignId"), year: value("year"), ...campaignFieldValues(f) }),
      "已新建年度，请调整目标任务",
      (data) => router.push(`/admin/campaigns/${data.id}`),
    );
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate>
      <Field label="复制自" error={fieldErrors.fromCampaignId?.[0]}>
        <select name="fromCampaignId" defaultValue={initial.fromCampaignId} className={inputClass}>
          {sources.map((s) => <option key={s.id} value={s.id}>{s.year}年度：{s.title}</option>)}
        </select>
      </Field>
      <Field label="年度" error={fieldErrors.year?.[0]}>
        <input type="number" name="year" min={2000} max={2100} step={1} required defaultValue={initial.year} className={inputClass} />
      </Field>
      <CampaignFields title={initial.title} startDate={initial.startDate} deadline={initial.deadline} errors={fieldErrors} />
      <div className="space-y-2 sm:col-span-2">
        <FormMessage message={notice} />
        <Button type="submit" disabled={pending}>{pending ? "正在新建…" : "新建年度"}</Button>
      </div>
    </form>
  );
}
