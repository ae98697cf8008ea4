import { exportTargets } from "@/server/city/target-files";

/** GET ?year= — 区县目标表 (.xlsx, annex layout) with each district's split status. */
export const GET = exportTargets;
