"use client";
// The portal's main menu. At phone width it collapses behind a 菜单 button (aria-expanded; Escape
// closes it and returns focus to the button; following a link closes it) instead of wrapping over
// several lines, and the account controls (year switcher, 修改密码, 退出登录) go into the same menu so the
// header stays one compact row; from the sm breakpoint on, links and controls are always shown in a row
// (the menu's box is `display: contents` there, so they sit in the header's own row).
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";

import { Link } from "@/components/ui/app-link";

export function PortalNav({
  items,
  account,
}: {
  items: { href: string; label: string }[];
  /** The account controls: in the menu on a phone, at the header's right end from sm on. */
  account?: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const button = useRef<HTMLButtonElement>(null);
  const [shownFor, setShownFor] = useState(pathname);
  // A navigation closes the menu (state adjusted during render, not in an effect).
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="portal-menu"
        onClick={() => setOpen((o) => !o)}
        className="min-h-11 min-w-11 rounded border border-slate-300 px-3 py-1.5 text-sm sm:hidden"
      >
        <span aria-hidden="true">☰ </span>菜单
      </button>
      <div
        id="portal-menu"
        className={`${open ? "flex" : "hidden"} order-last max-h-[calc(100dvh-4rem)] w-full flex-col gap-2 overflow-y-auto pb-2 sm:contents`}
      >
        <nav
          id="portal-nav"
          aria-label="主导航"
          className="flex flex-col gap-1 text-sm sm:flex-row sm:flex-wrap sm:gap-4"
        >
          {items.map((item) => {
            const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <Link
                key={item.href}
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`rounded px-2 py-2 hover:text-brand-700 hover:underline max-sm:min-h-11 sm:p-0 ${current ? "font-semibold text-brand-700" : ""}`}
              >
                {item.label}
              </Link>
            );
          })}
        </nav>
        {account && (
          <div className="flex flex-col items-start gap-2 border-t border-slate-200 pt-2 text-sm sm:ml-auto sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-3 sm:border-0 sm:pt-0">
            {account}
          </div>
        )}
      </div>
    </>
  );
}
