import "server-only";

import type { AssessmentTarget } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { notify } from "@/server/notifications/notify";

/** Tells those assessed (every township officer, or every department's users) and the district leaders about their scores. */
export function notifyAssessed(tx: Tx, districtId: number, target: AssessmentTarget, text: string) {
  return notify(
    tx,
    districtId,
    { role: { in: [target === "UNIT" ? "TOWNSHIP" : "DEPARTMENT", "LEADER"] } },
    text,
    `/assessment?target=${target}`,
  );
}
