import "server-only";
import { prisma } from "@/server/db";

/** The policy bases in use (淘汰类 items …), for choosing on an ELIMINATION case. */
export function listPolicyBases() {
  return prisma.policyBasis.findMany({ where: { active: true }, orderBy: [{ displayOrder: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}
