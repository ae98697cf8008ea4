import { NextResponse } from "next/server";

import { checkHealth, mayReadVersion } from "@/server/health";

export const dynamic = "force-dynamic";

/**
 * GET /api/health — for load balancers and monitoring, no session: 200 `{ ok: true, db: "ok",
 * storage: "ok" }` when the database and the file store answer, 503 with `ok: false` (and which part
 * failed) otherwise. The `version` only for a signed-in office user or the HEALTH_TOKEN bearer.
 */
export async function GET(request: Request) {
  const [{ version, ...health }, withVersion] = await Promise.all([checkHealth(), mayReadVersion(request)]);
  return NextResponse.json(withVersion ? { ...health, version } : health, {
    status: health.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
