import { describe, expect, it } from "vitest";

import {
  addDays,
  beijingDay,
  beijingDayNumber,
  beijingIsoDay,
  beijingStartOf,
  dateInputValue,
  dayNumber,
  daysBetween,
  hasDayCome,
  isoDay,
  parseDay,
} from "@/lib/dates";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe("today in Beijing", () => {
  it("is already the next day from 16:00 UTC", () => {
    expect(beijingDay(new Date("2020-03-01T15:59:59Z"))).toEqual(day("2020-03-01"));
    expect(beijingDay(new Date("2020-03-01T16:00:00Z"))).toEqual(day("2020-03-02"));
    expect(beijingIsoDay(new Date("2020-12-31T17:00:00Z"))).toBe("2021-01-01");
  });
  it("numbers days from 1970-01-01 alike for moments and calendar days", () => {
    expect(dayNumber(day("1970-01-02"))).toBe(1);
    expect(beijingDayNumber(new Date("1970-01-01T16:00:00Z"))).toBe(1);
  });
  it("begins at Beijing midnight", () => {
    expect(beijingStartOf(day("2020-03-02"))).toEqual(new Date("2020-03-01T16:00:00Z"));
  });
});

describe("calendar days and date inputs", () => {
  it("reads YYYY-MM-DD and nothing else", () => {
    expect(parseDay("2020-12-31")).toEqual(day("2020-12-31"));
    expect(parseDay("2024-02-29")).toEqual(day("2024-02-29"));
    expect(parseDay("2023-02-29")).toBeNull();
    expect(parseDay("2020-13-01")).toBeNull();
    expect(parseDay("2020-1-1")).toBeNull();
    expect(parseDay("2020-01-01T00:00:00Z")).toBeNull();
    expect(parseDay("")).toBeNull();
  });
  it("writes a calendar day back as the same text", () => {
    expect(isoDay(day("2026-11-27"))).toBe("2026-11-27");
    expect(dateInputValue(day("2026-01-05"))).toBe("2026-01-05");
    expect(dateInputValue(null)).toBe("");
  });
});

describe("day arithmetic", () => {
  it("adds days across months, leap days and years", () => {
    expect(addDays(day("2024-02-28"), 1)).toEqual(day("2024-02-29"));
    expect(addDays(day("2020-12-31"), 30)).toEqual(day("2021-01-30"));
    expect(addDays(day("2021-01-01"), -1)).toEqual(day("2020-12-31"));
  });
  it("counts whole days between two calendar days", () => {
    expect(daysBetween(day("2020-01-01"), day("2020-12-31"))).toBe(365);
    expect(daysBetween(day("2020-03-02"), day("2020-03-01"))).toBe(-1);
  });
  it("tells whether a day has come in Beijing", () => {
    expect(hasDayCome(day("2020-03-02"), new Date("2020-03-01T15:59:59Z"))).toBe(false);
    expect(hasDayCome(day("2020-03-02"), new Date("2020-03-01T16:00:00Z"))).toBe(true);
    expect(hasDayCome(day("2020-03-01"), new Date("2020-03-05T00:00:00Z"))).toBe(true);
  });
});
