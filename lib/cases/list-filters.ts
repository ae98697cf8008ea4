// The case list's filters, read from the query string (so a filtered list can be linked to).
import { z } from "zod";

import { STATUS_GROUP_NAMES, type StatusChoice } from "@/lib/cases/figure-filter";
import { parseAsOf } from "@/lib/dashboard/history";
import { intId, searchText } from "@/lib/fields";
import { CaseStatus, Category, Industry } from "@/lib/generated/prisma/enums";

const optionalEnum = <T extends Record<string, string>>(e: T) => z.enum(e).optional().catch(undefined);

export const caseListFilters = z.object({
  category: optionalEnum(Category),
  /** One status, or a group a figure counts as one (lib/cases/figure-filter.ts STATUS_GROUPS). */
  status: z
    .enum([...Object.values(CaseStatus), ...STATUS_GROUP_NAMES] as [StatusChoice, ...StatusChoice[]])
    .optional()
    .catch(undefined),
  industry: optionalEnum(Industry),
  unit: intId.optional().catch(undefined),
  /** 逾期: only cases past their rectification deadline (lib/cases/overdue.ts). */
  overdue: z.literal("1").optional().catch(undefined),
  /** 回访发现死灰复燃 and not accepted again. */
  relapsed: z.literal("1").optional().catch(undefined),
  /**
   * 统计截至: the cases as they stood at the end of that day (lib/cases/figure-filter.ts caseStateAt),
   * as the figure that links here counts them. A malformed day is dropped (the list shows today).
   */
  asOf: z
    .string()
    .optional()
    .catch(undefined)
    .transform((s) => (s && parseAsOf(s).day ? s.trim() : undefined)),
  // A search text with control characters (NUL …) is dropped like one too long: the list shows unfiltered.
  q: searchText(50)
    .optional()
    .catch(undefined)
    .transform((s) => s || undefined),
  page: intId
    .optional()
    .catch(undefined)
    .transform((n) => n ?? 1),
});

export type CaseListFilters = z.output<typeof caseListFilters>;

export function parseCaseListFilters(params: Record<string, string | string[] | undefined>): CaseListFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return caseListFilters.parse(flat);
}
