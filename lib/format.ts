// Dates are shown in Beijing time whatever the server's zone.
import { BEIJING_TIME_ZONE } from "@/lib/dates";

const DAY: Intl.DateTimeFormatOptions = {
  timeZone: BEIJING_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
};
const MINUTE: Intl.DateTimeFormatOptions = { ...DAY, hour: "2-digit", minute: "2-digit", hour12: false };
const dateFmt = new Intl.DateTimeFormat("zh-CN", DAY);
const dateTimeFmt = new Intl.DateTimeFormat("zh-CN", MINUTE);
// sv-SE writes the ISO order (2021-12-31 08:00): for records shown as data, such as the audit log's values.
const isoDateTimeFmt = new Intl.DateTimeFormat("sv-SE", MINUTE);

export function formatDate(d: Date | null | undefined): string {
  return d ? dateFmt.format(d) : "—";
}

export function formatDateTime(d: Date | null | undefined): string {
  return d ? dateTimeFmt.format(d) : "—";
}

/** A moment in Beijing time as 2021-12-31 08:00. */
export function formatIsoDateTime(d: Date): string {
  return isoDateTimeFmt.format(d).replace(",", "");
}

/** A percentage rounded to whole points; "/" when there is none (no quota). */
export function formatPercent(p: number | null): string {
  return p === null ? "/" : `${Math.round(p)}%`;
}
