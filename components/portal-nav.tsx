"use client";
// The portal's main menu. At phone width it collapses behind a 菜单 button (aria-expanded; Escape
// closes it and returns focus to the button; following a link closes it) instead of wrapping over
// several lines; from the sm breakpoint on, the links are always shown in a row.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";

export function PortalNav({ items }: { items: { href: string; label: string }[] }) {
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
        aria-controls="portal-nav"
        onClick={() => setOpen((o) => !o)}
        className="min-h-11 rounded border border-slate-300 px-3 py-1.5 text-sm sm:hidden"
      >
        <span aria-hidden="true">☰ </span>菜单
      </button>
      <nav
        id="portal-nav"
        aria-label="主导航"
        className={`${open ? "flex" : "hidden"} order-last w-full flex-col gap-1 text-sm sm:order-none sm:flex sm:w-auto sm:flex-row sm:flex-wrap sm:gap-4`}
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
    </>
  );
}
