"use server";
import { z } from "zod";

import { decideIssuerChange, ISSUER_DEPARTMENT_CODE } from "@/lib/cases/policy-department";
import { intId, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";
import { districtOf } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

const input = z.object({
  policyBasisId: intId,
  version,
  /** "" = not an 产业政策 item. */
  issuer: z.enum(["NDRC_CATALOGUE", "MIIT", ""], { error: "请选择发布机关" }).transform((v) => (v === "" ? null : v)),
});

/**
 * 政策依据的发布机关 (工作设置): the office says whose item a basis is — the 发改委 catalogue's (区发改局 reviews the
 * 产业政策 side and counts it on its part of T9) or 工信部's (区经信局) — or that it is no 产业政策 item. It decides the
 * department of the cases registered or given this basis from then on (lib/cases/policy-department.ts); the cases
 * already recorded keep their department (the office corrects one on its case page). Versioned, audited.
 */
export const setPolicyIssuer = defineAction({
  name: "policyBasis.issuer",
  input,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const basis = await tx.policyBasis.findFirst({ where: { id: input.policyBasisId, districtId: districtOf(user) } });
    if (!basis) throw notFound();
    const decision = decideIssuerChange(user, basis.issuer, input.issuer);
    if (!decision.ok) throw new ActionError("INVALID", decision.reason, { issuer: [decision.reason] });
    return basis;
  },
  run: async ({ user, input, tx, resource: before }) => {
    const after = await updateVersioned(tx.policyBasis, before.id, input.version, { issuer: input.issuer });
    const department = input.issuer
      ? await tx.department.findUnique({
          where: { districtId_code: { districtId: districtOf(user), code: ISSUER_DEPARTMENT_CODE[input.issuer] } },
          select: { name: true },
        })
      : null;
    const recorded = await tx.case.count({ where: { policyBasisId: before.id } });
    return {
      data: { version: after.version, department: department?.name ?? null, recorded },
      audit: [{ entity: "PolicyBasis", entityId: before.id, before, after }],
    };
  },
  revalidate: () => ["/settings", "/tasks", "/data-checks"],
});
