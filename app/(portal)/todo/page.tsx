import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { TodoList } from "@/components/home/todo-list";
import { Link } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button";
import { emptyTodoText } from "@/lib/home/todo";
import { shortcutItems } from "@/lib/navigation";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { getTodos } from "@/server/home/get-todos";

export const metadata: Metadata = { title: "待办" };

/**
 * The home of the office and the departments: what waits on them in the year shown, most urgent first, each
 * with its one action; 全区总览 and the lists they work from one tap away above it.
 */
export default async function TodoPage() {
  const user = await requireArea("todo");
  const campaign = await getCurrentCampaign(user);
  const now = new Date();
  const todos = await getTodos(user, campaign, now);
  if (!todos) notFound();
  // The figures one tap away (the header's menu lists every other area).
  const [dashboard] = shortcutItems(user, ["dashboard"]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">
          {user.department?.name ?? "区工强办"}待办（{campaign.year}年度）
        </h1>
        {dashboard && (
          <Link
            href={dashboard.href}
            className={buttonClass({
              variant: "secondary",
              className: "inline-flex min-h-11 items-center max-sm:w-full",
            })}
          >
            查看{dashboard.label}
          </Link>
        )}
      </div>
      <TodoList
        items={todos}
        now={now}
        title="待办事项"
        empty={emptyTodoText({ township: false, department: user.department?.name ?? null })}
      />
    </div>
  );
}
