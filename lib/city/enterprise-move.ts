// 企业跨区县迁移 (docs/domain.md §市级): a credit code is unique city-wide and an enterprise belongs to one unit;
// moving it to another district is the city office's recorded decision. The work already done stays where it was
// done — its cases stay in the old district's campaigns and figures, which were signed and sent as they stood.
import type { CaseStatus } from "@/lib/generated/prisma/enums";

export type MoveCheck = {
  fromDistrictId: number;
  toDistrictId: number;
  /** The target unit's district (null: no such unit). */
  unitDistrictId: number | null;
  /** The statuses of the enterprise's cases, all years. */
  caseStatuses: CaseStatus[];
};

export type MoveDecision = { ok: true } | { ok: false; field: "districtCode" | "unitId"; reason: string };

/** Whether the city office may move the enterprise to the unit: another district's unit, and no case still open. */
export function decideEnterpriseMove(c: MoveCheck): MoveDecision {
  if (c.toDistrictId === c.fromDistrictId)
    return { ok: false, field: "districtCode", reason: "企业已在该区县（市），区县内的属地更正由区工强办办理" };
  if (c.unitDistrictId !== c.toDistrictId)
    return { ok: false, field: "unitId", reason: "请选择迁入区县（市）的镇（乡）、街道或园区" };
  const open = c.caseStatuses.filter((s) => s !== "ACCEPTED").length;
  if (open > 0)
    return {
      ok: false,
      field: "districtCode",
      reason: `该企业在原区县还有${open}个未验收的整治对象，请原区县办结（验收）后再迁移`,
    };
  return { ok: true };
}
