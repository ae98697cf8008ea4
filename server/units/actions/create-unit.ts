"use server";
import { z } from "zod";

import { intInRange, text } from "@/lib/fields";
import { newUnitErrors, normalizeUnitCode } from "@/lib/units/unit-rules";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { districtOf } from "@/server/scope";

/**
 * 新增单位 (单位管理; docs/domain.md §市级): the district office adds a 镇、乡、街道 or 园区 to its own district — a name
 * unique in the district, its 统计用区划代码 (a park's internal code) unique in the city, its place in the annex order.
 * It has no quota until 目标任务分解 splits the year's targets to it (not split until then); it takes part in every
 * list of the district's units at once (分解表, 用户管理's unit choices). In the district's log.
 */
export const createUnit = defineAction({
  name: "unit.create",
  input: z.object({
    name: text("单位名称", 20, 2),
    kind: z.enum(["TOWN", "XIANG", "SUBDISTRICT", "PARK"], { error: "请选择单位类型" }),
    code: text("代码", 12, 1),
    displayOrder: intInRange(1, 999),
  }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const districtId = districtOf(user);
    // Only the units that could clash: this district's of that name, and the city's of that code.
    const [district, clashing] = await Promise.all([
      tx.district.findUniqueOrThrow({ where: { id: districtId }, select: { id: true, code: true } }),
      tx.unit.findMany({
        where: { OR: [{ districtId, name: input.name }, { code: normalizeUnitCode(input.code) }] },
        select: { name: true, code: true, districtId: true },
      }),
    ]);
    const existing = {
      names: clashing.filter((u) => u.districtId === districtId).map((u) => u.name),
      codes: clashing.map((u) => u.code),
    };
    const errors = Object.entries(newUnitErrors(input, district.code, existing));
    if (errors.length)
      throw new ActionError(
        "INVALID",
        errors.map(([, m]) => m).join("；"),
        Object.fromEntries(errors.map(([f, m]) => [f, [m]])),
      );
    return district;
  },
  run: async ({ input, tx, resource: district }) => {
    const unit = await tx.unit.create({
      data: {
        districtId: district.id,
        name: input.name,
        kind: input.kind,
        code: normalizeUnitCode(input.code),
        displayOrder: input.displayOrder,
      },
    });
    return {
      data: { id: unit.id, name: unit.name, code: unit.code },
      audit: [
        {
          entity: "Unit",
          entityId: unit.id,
          before: null,
          after: { name: unit.name, kind: unit.kind, code: unit.code, displayOrder: unit.displayOrder },
        },
      ],
    };
  },
  revalidate: () => ["/admin/units", "/admin/campaigns", "/dashboard", "/admin/users"],
});
