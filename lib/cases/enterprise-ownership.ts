// Who may register a case for an enterprise already in the ledger (by its credit code): the one rule
// behind registering a case, opening one from a tip and importing the ledger from Excel.
import type { Category } from "@/lib/generated/prisma/enums";
import { categoryLabel } from "@/lib/labels";

/** An enterprise of the ledger as the rule needs it: its unit, whether a department only proposed it, its case categories this campaign. */
export type LedgerEnterprise = { unitId: number; proposedByDepartmentId: number | null; categories: readonly Category[] };

/**
 * Why `unitId` may not register a `category` case for `existing`, or null when it may. A record a
 * department proposed on a task line does not block the township: it takes it over (`takesOver`).
 */
export function registrationRefusal(existing: LedgerEnterprise | null, unitId: number, category: Category): string | null {
  if (!existing) return null;
  if (existing.unitId !== unitId && existing.proposedByDepartmentId === null) {
    return "该统一社会信用代码已由其他单位登记，请联系区工强办核实属地";
  }
  if (existing.categories.includes(category)) return `该企业本年度已登记“${categoryLabel[category]}”案件，不能重复登记`;
  return null;
}

/** Whether registering takes the record over from the department that proposed it. */
export function takesOver<T extends { proposedByDepartmentId: number | null }>(existing: T | null): existing is T {
  return existing !== null && existing.proposedByDepartmentId !== null;
}
