import Link from "next/link";
import { LogoutButton } from "@/components/logout-button";
import { NotificationBell } from "@/components/notifications/bell";
import { OfflineSupport } from "@/components/offline/offline-support";
import { roleLabel } from "@/lib/labels";
import { homePath, navItems } from "@/lib/navigation";
import { countUnread } from "@/server/notifications/count-unread";
import { sendDueReminders } from "@/server/notifications/send-due-reminders";
import { requireUser } from "@/server/session";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  await sendDueReminders(new Date());
  const unread = await countUnread(user);
  const scopeName = user.unit?.name ?? user.department?.name ?? roleLabel[user.role];
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href={homePath(user)} className="font-semibold text-brand-700">整治提升工作平台</Link>
          <nav aria-label="主导航" className="flex flex-wrap gap-4 text-sm">
            {navItems(user).map((item) => (
              <Link key={item.href} href={item.href} className="hover:text-brand-700 hover:underline">{item.label}</Link>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <NotificationBell unread={unread} />
            <span className="text-slate-600">{scopeName} · {user.displayName}</span>
            <LogoutButton />
          </div>
        </div>
      </header>
      <OfflineSupport serviceWorker={process.env.NODE_ENV === "production"} />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
