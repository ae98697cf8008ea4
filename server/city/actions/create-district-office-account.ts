"use server";
import { z } from "zod";

import { intId } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";
import { newOneTimePassword } from "@/server/users/one-time-password";
import { accountFields, resolveScope, username } from "@/server/users/user-records";

/**
 * 区县管理 (docs/domain.md §市级): the city office opens a district office's account (区工强办, role OFFICE in
 * that district) by the rules of 用户管理 — the same login names, the office's department, a one-time
 * password shown once and changed at the first sign-in. The district office then manages its own accounts.
 */
export const createDistrictOfficeAccount = defineAction({
  name: "city.createDistrictOfficeAccount",
  input: z.object({
    districtId: intId,
    username,
    displayName: accountFields.displayName,
    phone: accountFields.phone,
  }),
  roles: ["CITY_OFFICE"],
  authorize: async ({ input, tx }) => {
    const district = await tx.district.findUnique({ where: { id: input.districtId } });
    if (!district) throw notFound();
    if (await tx.user.findUnique({ where: { username: input.username } }))
      throw new ActionError("CONFLICT", `账号 ${input.username} 已存在`, {
        username: [`账号 ${input.username} 已存在`],
      });
    // The district's 工强办 department, as 用户管理 files an office account (refused while the district has none).
    const scope = await resolveScope(tx, { districtId: district.id }, "OFFICE", null, null);
    return { district, scope };
  },
  run: async ({ input, tx, resource: { district, scope } }) => {
    const { oneTimePassword, passwordHash } = await newOneTimePassword(input.username);
    const created = await tx.user.create({
      data: {
        districtId: district.id,
        username: input.username,
        displayName: input.displayName,
        role: "OFFICE",
        phone: input.phone,
        ...scope,
        passwordHash,
        mustChangePassword: true,
      },
    });
    return {
      data: { id: created.id, username: created.username, oneTimePassword },
      audit: [
        {
          entity: "User",
          entityId: created.id,
          before: null,
          after: {
            username: created.username,
            displayName: created.displayName,
            role: created.role,
            phone: created.phone,
            district: district.name,
            mustChangePassword: true,
          },
        },
      ],
    };
  },
  revalidate: () => ["/admin/districts"],
});
