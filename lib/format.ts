// Dates are shown in Beijing time whatever the server's zone.
import { BEIJING_TIME_ZONE } from "@/lib/dates";

const dateFmt = new Intl.DateTimeFormat("zh-CN", {
  timeZone: BEIJING_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const dateTimeFmt = new Intl.DateTimeFormat("zh-CN", {
  timeZone: BEIJING_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

export function formatDate(d: Date | null | undefined): string {
  return d ? dateFmt.format(d) : "—";
}

export function formatDateTime(d: Date | null | undefined): string {
  return d ? dateTimeFmt.format(d) : "—";
}

/** A percentage rounded to whole points; "/" when there is none (no quota). */
export function formatPercent(p: number | null): string {
  return p === null ? "/" : `${Math.round(p)}%`;
}
