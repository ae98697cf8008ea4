import { describe, expect, it } from "vitest";

import { decideEnterpriseMove } from "@/lib/city/enterprise-move";

const move = { fromDistrictId: 1, toDistrictId: 2, unitDistrictId: 2, caseStatuses: [] };

describe("企业跨区县迁移", () => {
  it("moves an enterprise without cases, or whose cases are all accepted, to a unit of another district", () => {
    expect(decideEnterpriseMove(move)).toEqual({ ok: true });
    expect(decideEnterpriseMove({ ...move, caseStatuses: ["ACCEPTED", "ACCEPTED"] })).toEqual({ ok: true });
  });

  it("refuses a move within the district: that is the district office's correction", () => {
    expect(decideEnterpriseMove({ ...move, toDistrictId: 1, unitDistrictId: 1 })).toMatchObject({
      ok: false,
      field: "districtCode",
      reason: expect.stringContaining("区工强办"),
    });
  });

  it("refuses a unit that is not the target district's, or none", () => {
    for (const unitDistrictId of [1, 3, null])
      expect(decideEnterpriseMove({ ...move, unitDistrictId })).toMatchObject({ ok: false, field: "unitId" });
  });

  it("refuses while any case is still open in the old district, counting them", () => {
    for (const open of ["REGISTERED", "IN_PROGRESS", "SUBMITTED", "RETURNED"] as const)
      expect(decideEnterpriseMove({ ...move, caseStatuses: ["ACCEPTED", open] })).toMatchObject({
        ok: false,
        reason: "该企业在原区县还有1个未验收的整治对象，请原区县办结（验收）后再迁移",
      });
    expect(decideEnterpriseMove({ ...move, caseStatuses: ["RETURNED", "SUBMITTED"] })).toMatchObject({
      reason: expect.stringContaining("还有2个"),
    });
  });
});
