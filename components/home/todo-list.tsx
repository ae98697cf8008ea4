import { Link } from "@/components/ui/app-link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { dueText, type TodoItem, type Urgency, urgencyOf } from "@/lib/home/todo";
import { todoKindLabel, urgencyLabel } from "@/lib/labels";

const TONE: Record<Urgency, BadgeTone> = {
  OVERDUE: "danger",
  SENT_BACK: "warning",
  DUE_SOON: "info",
  WAITING: "neutral",
};
const EDGE: Record<Urgency, string> = {
  OVERDUE: "border-l-4 border-l-red-600",
  SENT_BACK: "border-l-4 border-l-amber-600",
  DUE_SOON: "border-l-4 border-l-blue-600",
  WAITING: "",
};

/**
 * 待办: one card per thing to do, most urgent first (the loader ordered them), each with its one action —
 * a full-width 44 px link on a phone. An empty list says so plainly.
 */
export function TodoList({
  items,
  total = items.length,
  now,
  title = "今日待办",
  empty,
  more,
}: {
  /** The cards shown: the whole list, or its first part (`total` and `more` then say how many and where the rest is). */
  items: TodoItem[];
  total?: number;
  now: Date;
  title?: string;
  empty: string;
  /** Where the whole list is, when `items` is only its most urgent part. */
  more?: string;
}) {
  return (
    <section aria-labelledby="todo-title" className="space-y-2">
      <h2 id="todo-title" className="text-lg font-semibold">
        {title}
        {total > 0 && <span className="ml-2 text-sm font-normal text-slate-600">共 {total} 项</span>}
      </h2>
      {items.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <ol className="space-y-2" aria-label={title}>
          {items.map((item) => {
            const urgency = urgencyOf(item, now);
            const due = dueText(item.due, now);
            return (
              <Card
                key={item.key}
                as="li"
                data-testid="todo"
                data-kind={item.kind}
                className={`flex flex-col gap-2 sm:flex-row sm:items-center ${EDGE[urgency]}`}
              >
                <div className="min-w-0 flex-1 space-y-1 text-sm">
                  <p className="flex flex-wrap items-center gap-2">
                    <Badge tone={TONE[urgency]}>
                      {urgency === "WAITING" ? todoKindLabel[item.kind] : urgencyLabel[urgency]}
                    </Badge>
                    {urgency !== "WAITING" && <span className="text-slate-600">{todoKindLabel[item.kind]}</span>}
                    {due && <span className={urgency === "OVERDUE" ? "text-red-700" : "text-slate-600"}>{due}</span>}
                  </p>
                  <h3 className="break-words font-semibold text-slate-900">{item.title}</h3>
                  {item.details.map((d) => (
                    <p key={d} className="break-words text-slate-700">
                      {d}
                    </p>
                  ))}
                </div>
                <Link
                  href={item.href}
                  className={buttonClass({
                    variant: urgency === "WAITING" ? "outline" : "primary",
                    className: "inline-flex min-h-11 items-center justify-center whitespace-nowrap max-sm:w-full",
                  })}
                  aria-label={`${item.action}：${item.title}`}
                >
                  {item.action}
                </Link>
              </Card>
            );
          })}
        </ol>
      )}
      {more && total > items.length && (
        <Link
          href={more}
          className={buttonClass({
            variant: "secondary",
            className: "inline-flex min-h-11 items-center justify-center max-sm:w-full",
          })}
        >
          查看全部 {total} 项待办
        </Link>
      )}
    </section>
  );
}
