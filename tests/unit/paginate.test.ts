import { describe, expect, it } from "vitest";

import { PAGE_SIZE, paginate } from "@/lib/paginate";

describe("one page of a list", () => {
  it("reads the rows of the requested page", () => {
    expect(paginate(45, 2)).toEqual({ page: 2, pages: 3, skip: PAGE_SIZE, take: PAGE_SIZE });
    expect(paginate(45, 3)).toEqual({ page: 3, pages: 3, skip: 2 * PAGE_SIZE, take: PAGE_SIZE });
  });
  it("shows the last page for a page past the end, and page 1 for nonsense", () => {
    expect(paginate(45, 99).page).toBe(3);
    expect(paginate(45, 0).page).toBe(1);
    expect(paginate(45, -4).page).toBe(1);
    expect(paginate(45, Number.NaN).page).toBe(1);
  });
  it("gives an empty list its one empty page", () => {
    expect(paginate(0, 5)).toEqual({ page: 1, pages: 1, skip: 0, take: PAGE_SIZE });
  });
});
