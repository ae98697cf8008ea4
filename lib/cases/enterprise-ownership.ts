// Who may register a case for an enterprise already in the ledger (by its credit code): the one rule
// behind registering a case, opening one from a tip and importing the ledger from Excel.
import type { Category } from "@/lib/generated/prisma/enums";
import { categoryLabel } from "@/lib/labels";

/** An enterprise of the ledger as the rule needs it: its unit, whether a department only proposed it, its case categories this campaign. */
export type LedgerEnterprise = {
  unitId: number;
  unitName: string;
  proposedByDepartmentId: number | null;
  categories: readonly Category[];
};

/**
 * Why `unitId` may not register a `category` case for `existing`, or null when it may. An enterprise
 * belongs to one unit: another unit's registration is refused, even of a record a department only
 * proposed there — moving an enterprise is the office's decision, never a side effect of registering.
 * The unit's own officer takes a proposed record over (`takesOver`).
 */
export function registrationRefusal(
  existing: LedgerEnterprise | null,
  unitId: number,
  category: Category,
): string | null {
  if (!existing) return null;
  if (existing.unitId !== unitId) return `该统一社会信用代码的企业属于${existing.unitName}，如需变更归属请联系区工强办`;
  if (existing.categories.includes(category))
    return `该企业本年度已登记“${categoryLabel[category]}”整治对象，不能重复登记`;
  return null;
}

/** Whether registering takes the record over from the department that proposed it (only ever in its own unit: see registrationRefusal). */
export function takesOver<T extends { proposedByDepartmentId: number | null }>(existing: T | null): existing is T {
  return existing !== null && existing.proposedByDepartmentId !== null;
}
