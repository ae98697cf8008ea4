"use server";
import { z } from "zod";

import { departmentNameFor, newDistrictErrors, officeShortNameFor } from "@/lib/city/new-district";
import { text } from "@/lib/fields";
import { DEPARTMENTS } from "@/prisma/seed-data";
import { seedSettingsLists } from "@/prisma/seed-settings-lists";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";

/**
 * 新建区县 (docs/domain.md §市级): the city office adds a district — its 区划代码, name, 发文机关代字 and office name,
 * each unique in the city — with what every district starts from: its 工强办 and the plan's lead departments (named for
 * the district where the plan names them after 海曙), and 工作设置's default lists (整治结果类别, 政策依据). It has no
 * campaign year until its office opens one in 年度管理; its office account is then opened on 区县管理. In the city's log.
 */
export const createDistrict = defineAction({
  name: "city.createDistrict",
  input: z.object({
    code: z.string().trim(),
    name: text("区县名称", 20, 2),
    docPrefix: text("发文机关代字", 10, 2),
    officeName: text("工强办全称", 60, 4),
  }),
  roles: ["CITY_OFFICE"],
  authorize: async ({ input, tx }) => {
    // One city per installation (server/city/circulars.ts theCity).
    const [city, districts] = await Promise.all([
      tx.city.findFirstOrThrow({ select: { id: true, code: true } }),
      tx.district.findMany({ select: { code: true, name: true, docPrefix: true, displayOrder: true } }),
    ]);
    const errors = newDistrictErrors(input, city.code, {
      codes: districts.map((d) => d.code),
      names: districts.map((d) => d.name),
      docPrefixes: districts.map((d) => d.docPrefix),
    });
    const fields = Object.entries(errors);
    if (fields.length)
      throw new ActionError(
        "INVALID",
        fields.map(([, m]) => m).join("；"),
        Object.fromEntries(fields.map(([f, m]) => [f, [m]])),
      );
    return { cityId: city.id, displayOrder: Math.max(0, ...districts.map((d) => d.displayOrder)) + 1 };
  },
  run: async ({ input, tx, resource: { cityId, displayOrder } }) => {
    const district = await tx.district.create({
      data: { ...input, cityId, displayOrder, officeShortName: officeShortNameFor(input.name) },
    });
    await tx.department.createMany({
      data: DEPARTMENTS.map(([code, name], i) => ({
        districtId: district.id,
        code,
        name: departmentNameFor(name, district.name),
        isOffice: code === "GQB",
        displayOrder: i + 1,
      })),
    });
    await seedSettingsLists(tx, district.id);
    return {
      data: { id: district.id, code: district.code, name: district.name },
      audit: [
        {
          entity: "District",
          entityId: district.id,
          before: null,
          after: {
            code: district.code,
            name: district.name,
            docPrefix: district.docPrefix,
            officeName: district.officeName,
            officeShortName: district.officeShortName,
            departments: DEPARTMENTS.map(([, name]) => departmentNameFor(name, district.name)),
          },
        },
      ],
    };
  },
  revalidate: () => ["/admin/districts", "/city", "/city/targets"],
});
