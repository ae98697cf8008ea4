import { NextResponse } from "next/server";
import { checkHealth } from "@/server/health";

export const dynamic = "force-dynamic";

/**
 * GET /api/health — for load balancers and monitoring, no session: 200 `{ ok: true, db: "ok",
 * storage: "ok", version }` when the database and the file store answer, 503 with `ok: false` (and
 * which part failed) otherwise. Nothing else is exposed.
 */
export async function GET() {
  const health = await checkHealth();
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
