import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { TodoList } from "@/components/home/todo-list";
import { Pagination } from "@/components/pagination";
import { Link } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button";
import { pageParam } from "@/lib/fields";
import { emptyTodoText } from "@/lib/home/todo";
import { shortcutItems } from "@/lib/navigation";
import { paginate } from "@/lib/paginate";
import { readsOwnUnitOnly } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { getTodos } from "@/server/home/get-todos";

export const metadata: Metadata = { title: "待办" };

/**
 * The home of the office and the departments: what waits on them in the year shown, most urgent first, each
 * with its one action; 全区总览 and the lists they work from one tap away above it. A township's whole list (its
 * home, the unit's page, shows the most urgent few), with its unit's page one tap away.
 */
export default async function TodoPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("todo");
  const campaign = await getCurrentCampaign(user);
  const now = new Date();
  const todos = await getTodos(user, campaign, now);
  if (!todos) notFound();
  const { page, pages, skip, take } = paginate(todos.length, pageParam((await searchParams).page));
  const township = readsOwnUnitOnly(user);
  // One tap away: the figures (the header's menu lists every other area); a township's own unit's page.
  const [dashboard] = shortcutItems(user, [township ? "units" : "dashboard"]);
  const owner = township ? user.unit?.name : (user.department?.name ?? "区工强办");
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">
          {owner}待办（{campaign.year}年度）
        </h1>
        {dashboard && (
          <Link
            href={dashboard.href}
            className={buttonClass({
              variant: "secondary",
              className: "inline-flex min-h-11 items-center max-sm:w-full",
            })}
          >
            {township ? "返回本单位" : `查看${dashboard.label}`}
          </Link>
        )}
      </div>
      <TodoList
        items={todos.slice(skip, skip + take)}
        total={todos.length}
        now={now}
        title="待办事项"
        empty={emptyTodoText({ township, department: user.department?.name ?? null })}
      />
      {pages > 1 && (
        <Pagination
          page={page}
          pages={pages}
          total={todos.length}
          href={(p) => `/todo?page=${p}`}
          countsFigure={false}
        />
      )}
    </div>
  );
}
