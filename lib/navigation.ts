// Where each role lands after login and what its menu offers — both read from the areas table.
import { type Area, AREAS, HOME } from "@/lib/areas";
import type { Role } from "@/lib/generated/prisma/enums";

type NavUser = { role: Role; unitId: number | null };

function hrefOf(area: Area, user: NavUser): string {
  return AREAS[area].href.replace("{unit}", String(user.unitId));
}

export function homePath(user: NavUser): string {
  return hrefOf(HOME[user.role], user);
}

/** The menu: the landing area first, then every other area labelled for this role, in table order. */
export function navItems(user: NavUser): { href: string; label: string }[] {
  const home = HOME[user.role];
  const order = [home, ...(Object.keys(AREAS) as Area[]).filter((a) => a !== home)];
  return order.flatMap((area) => {
    const access = (AREAS[area].roles as Partial<Record<Role, string | true>>)[user.role];
    return typeof access === "string" ? [{ href: hrefOf(area, user), label: access }] : [];
  });
}

/**
 * Links to the given areas that the user's menu offers, in the given order with the menu's labels (the
 * office's and a department's home lead to 全区总览 and the lists they work from).
 */
export function shortcutItems(user: NavUser, areas: readonly Area[]): { href: string; label: string }[] {
  const menu = navItems(user);
  return areas.flatMap((area) => menu.filter((i) => i.href === hrefOf(area, user)));
}
