import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The fields of a steel inspection that T10's progress and summary are computed from (lib/steel/rules.ts
 * summariseSteel, lib/tasks/progress.ts lineEntries): the one list every query of them selects.
 */
export const steelSummarySelect = {
  inspectedOn: true,
  createdAt: true,
  unitId: true,
  newCapacity: true,
  revivedCapacity: true,
  substandardSteel: true,
  rectification: true,
  followUpDue: true,
  followUpDoneOn: true,
} as const satisfies Prisma.SteelInspectionSelect;
