// Chinese numerals as official documents write them: the 落款 date 二〇二〇年六月三十日, the 简报 issue 第六期.
import { beijingDay } from "@/lib/dates";

const DIGITS = "〇一二三四五六七八九";

/** 1–99 as 一 … 十 … 二十一 … 九十九 (the month and day of a 落款 date, an issue number). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`chineseNumber: ${n}`);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}

/** A year digit by digit: 2020 → 二〇二〇. */
export function chineseYear(year: number): string {
  return String(year)
    .split("")
    .map((d) => DIGITS[Number(d)])
    .join("");
}

/** A calendar day (UTC midnight) as the 落款 date of GB/T 9704: 二〇二〇年六月三十日. */
export function chineseDate(day: Date): string {
  return `${chineseYear(day.getUTCFullYear())}年${chineseNumber(day.getUTCMonth() + 1)}月${chineseNumber(day.getUTCDate())}日`;
}

/** The Beijing day of a moment, in Chinese. */
export function chineseDateOfMoment(moment: Date): string {
  return chineseDate(beijingDay(moment));
}

/** A calendar day in Arabic figures, as the text of a document writes it: 2020年6月30日. */
export function arabicDate(day: Date): string {
  return `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
}
