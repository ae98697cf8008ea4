import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { dimensionLabel, measureLabel } from "@/lib/labels";
import { formatTarget } from "@/lib/task-lines";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { requireUser } from "@/server/session";
import { listTaskLines } from "@/server/tasks/list-task-lines";

export const metadata: Metadata = { title: "重点工作任务" };

export default async function TasksPage() {
  const user = await requireUser();
  if (user.role === "TOWNSHIP") notFound();
  const campaign = await getCurrentCampaign();
  const lines = await listTaskLines(user, campaign.id);
  const title = user.role === "DEPARTMENT" ? `${user.department?.name ?? ""}牵头的重点工作` : "重点工作任务（全部牵头部门）";

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{title}</h1>
      {lines.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-500">
          本部门在{campaign.year}年度工作方案中没有牵头的任务线。
        </p>
      ) : (
        <ul className="space-y-3">
          {lines.map((line) => (
            <li key={line.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`task-${line.code}`}>
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <span className="rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-700">{line.code}</span>
                <span className="text-xs text-slate-500">{dimensionLabel[line.dimension]}方面</span>
                <h2 className="w-full font-medium sm:w-auto">{line.title}</h2>
              </div>
              <p className="mt-2 text-sm text-slate-700">
                目标：{formatTarget(line, measureLabel[line.measure])}
                <span className="ml-3 text-slate-500">牵头：{line.leads.map((l) => l.department.name).join("、")}</span>
              </p>
              {line.items.length > 0 && (
                <ul className="mt-2 list-disc pl-5 text-sm text-slate-700">
                  {line.items.map((item) => <li key={item.id}>{item.title}</li>)}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
