import { describe, expect, it } from "vitest";

import { districtDocumentHref, districtHref, parseYear } from "@/lib/city/params";

describe("the city pages' addresses", () => {
  it("reads a four-digit year only", () => {
    expect(parseYear("2021")).toBe(2021);
    expect(parseYear(["2020", "2021"])).toBe(2020);
    for (const bad of [undefined, "", "21", "2021a", "../"]) expect(parseYear(bad)).toBeNull();
  });

  it("drills into a district's dashboard, ledger and documents, keeping the chosen year", () => {
    expect(districtHref("330205")).toBe("/city/districts/330205");
    expect(districtHref("330205", { year: 2021, sub: "cases" })).toBe("/city/districts/330205/cases?year=2021");
    expect(districtHref("330205", { sub: "documents" })).toBe("/city/districts/330205/documents");
  });

  it("downloads a district's documents through the city's routes", () => {
    expect(districtDocumentHref.notice("330203", "abc")).toBe("/api/city/districts/330203/notices/abc");
    expect(districtDocumentHref.briefing("330203", "2020-06")).toBe(
      "/api/city/districts/330203/briefing?month=2020-06",
    );
    expect(districtDocumentHref.briefing("330203", "2021-03", 2021)).toBe(
      "/api/city/districts/330203/briefing?month=2021-03&year=2021",
    );
  });
});
