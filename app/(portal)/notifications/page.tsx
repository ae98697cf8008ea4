import type { Metadata } from "next";

import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { Link } from "@/components/ui/app-link";
import { Card, EmptyState } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { formatDateTime } from "@/lib/format";
import { requireArea } from "@/server/areas";
import { listNotifications } from "@/server/notifications/list-notifications";

export const metadata: Metadata = { title: "消息通知" };

export default async function NotificationsPage() {
  const user = await requireArea("notifications");
  const items = await listNotifications(user);
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">消息通知</h1>
        {unread > 0 && <MarkReadButton label="全部标为已读" />}
      </div>
      {items.length === 0 ? (
        <EmptyState>暂无消息。</EmptyState>
      ) : (
        <Card as="ul" padding="none" className="divide-y divide-slate-100">
          {items.map((n) => (
            <li
              key={n.id}
              className={`flex flex-wrap items-center gap-3 px-4 py-3 text-sm ${n.readAt ? "text-slate-500" : ""}`}
            >
              {!n.readAt && <span className="rounded bg-red-100 px-1.5 text-xs text-red-700">未读</span>}
              <Link href={n.href} className={linkClass()}>
                {n.text}
              </Link>
              <span className="text-xs text-slate-500">{formatDateTime(n.createdAt)}</span>
              {!n.readAt && (
                <span className="ml-auto">
                  <MarkReadButton id={n.id} label="标为已读" />
                </span>
              )}
            </li>
          ))}
        </Card>
      )}
      <p className="text-xs text-slate-500">显示最近 50 条。</p>
    </div>
  );
}
