import { YearSwitcher } from "@/components/campaigns/year-switcher";
import { LogoutButton } from "@/components/logout-button";
import { NotificationBell } from "@/components/notifications/bell";
import { OfflineSupport } from "@/components/offline/offline-support";
import { PortalNav } from "@/components/portal-nav";
import { Link } from "@/components/ui/app-link";
import { linkClass } from "@/components/ui/link";
import { roleLabel } from "@/lib/labels";
import { homePath, navItems } from "@/lib/navigation";
import { getCurrentCampaign, listCampaignYears } from "@/server/campaigns/get-current-campaign";
import { countUnread } from "@/server/notifications/count-unread";
import { CHANGE_PASSWORD_PATH, requireSignedIn } from "@/server/session";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  // Pages themselves send a user who must change a reset password to the password page (requireUser);
  // the frame then offers nothing else.
  const user = await requireSignedIn();
  const limited = user.mustChangePassword;
  const unread = limited ? 0 : await countUnread(user);
  // A city account (docs/domain.md §市级) works in no district's campaign: no year switcher.
  // A new district has no year until its office opens one (docs/domain.md §市级): no switcher either.
  const years = user.districtId === null ? [] : await listCampaignYears(user);
  const viewing = years.length > 0 ? await getCurrentCampaign(user) : null;
  const scopeName = user.unit?.name ?? user.department?.name ?? roleLabel[user.role];
  return (
    <div className="min-h-screen">
      {/* On a phone the header is one compact row that stays on screen: the name, the bell and 菜单. */}
      <header className="border-b border-slate-200 bg-white max-sm:sticky max-sm:top-0 max-sm:z-30">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 max-sm:gap-x-2 max-sm:py-1">
          <Link
            href={homePath(user)}
            className="font-semibold text-brand-700 max-sm:mr-auto max-sm:inline-flex max-sm:min-h-11 max-sm:items-center"
          >
            整治提升工作平台
          </Link>
          {!limited && (
            <div className="sm:order-last">
              <NotificationBell unread={unread} />
            </div>
          )}
          <PortalNav
            items={limited ? [] : navItems(user)}
            account={
              <>
                {viewing && (
                  <YearSwitcher
                    viewing={viewing.year}
                    years={years.map((y) => ({ year: y.year, isCurrent: y.isCurrent === true, closed: y.closed }))}
                  />
                )}
                <span className="text-slate-600">
                  {scopeName} · {user.displayName}
                </span>
                <Link href={CHANGE_PASSWORD_PATH} className={linkClass({ className: "whitespace-nowrap" })}>
                  修改密码
                </Link>
                <LogoutButton />
              </>
            }
          />
        </div>
      </header>
      <OfflineSupport serviceWorker={process.env.NODE_ENV === "production"} userId={user.id} />
      <main className="mx-auto max-w-6xl px-4 py-6">
        {/* A generated demo district (docs/domain.md §市级): every page of its users shows figures that are 示例数据. */}
        {user.district?.isSample && (
          <p
            role="note"
            data-testid="sample-banner"
            className="mb-4 rounded-lg border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900"
          >
            示例数据：{user.district.name}的数字为演示生成的示例数据，不是实际工作数据。
          </p>
        )}
        {children}
      </main>
    </div>
  );
}
