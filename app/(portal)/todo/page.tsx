import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { TodoList } from "@/components/home/todo-list";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { getTodos } from "@/server/home/get-todos";

export const metadata: Metadata = { title: "待办" };

/** 待办 of the office and the departments: what waits on them in the year shown, most urgent first. */
export default async function TodoPage() {
  const user = await requireArea("todo");
  const campaign = await getCurrentCampaign(user);
  const now = new Date();
  const todos = await getTodos(user, campaign, now);
  if (!todos) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">待办（{campaign.year}年度）</h1>
      <TodoList items={todos} now={now} title="待办事项" empty={`${user.department?.name ?? "区工强办"}暂无待办`} />
    </div>
  );
}
