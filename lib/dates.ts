// Calendar days in Beijing time, the one place they are computed. China has one zone (UTC+8) and no
// daylight saving, so a fixed offset is exact. A calendar day (a `@db.Date` column, a date input) is
// a Date at UTC midnight of that day, so it never shifts whatever the server's zone.

export const BEIJING_TIME_ZONE = "Asia/Shanghai";
export const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** Days since 1970-01-01 of a calendar day (a Date at UTC midnight). */
export function dayNumber(day: Date): number {
  return Math.floor(day.getTime() / DAY_MS);
}

/** Days since 1970-01-01 of the Beijing calendar day a moment falls on. */
export function beijingDayNumber(moment: Date): number {
  return Math.floor((moment.getTime() + BEIJING_OFFSET_MS) / DAY_MS);
}

/** The Beijing calendar day a moment falls on, as a calendar day (UTC midnight). "Today" is `beijingDay(new Date())`. */
export function beijingDay(moment: Date): Date {
  return new Date(beijingDayNumber(moment) * DAY_MS);
}

/** The moment a calendar day begins in Beijing (its midnight, 16:00 UTC the day before). */
export function beijingStartOf(day: Date): Date {
  return new Date(dayNumber(day) * DAY_MS - BEIJING_OFFSET_MS);
}

/** "YYYY-MM-DD" of a calendar day. */
export function isoDay(day: Date): string {
  return new Date(dayNumber(day) * DAY_MS).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" of the Beijing day a moment falls on, e.g. today's value for a date input's max. */
export function beijingIsoDay(moment: Date): string {
  return isoDay(beijingDay(moment));
}

/** A date input's value for a calendar day; "" for none. */
export function dateInputValue(day: Date | null | undefined): string {
  return day ? isoDay(day) : "";
}

/** The calendar day typed as "YYYY-MM-DD"; null if there is no such day (2026-02-30, 2026-1-5 …). */
export function parseDay(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? date : null;
}

/** The calendar day `n` days after `day` (before, for negative n). */
export function addDays(day: Date, n: number): Date {
  return new Date((dayNumber(day) + n) * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return dayNumber(to) - dayNumber(from);
}

/** Whether a calendar day has come by `now` in Beijing (it is today or past). */
export function hasDayCome(day: Date, now: Date): boolean {
  return dayNumber(day) <= beijingDayNumber(now);
}
