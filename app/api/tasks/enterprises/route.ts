import { searchText } from "@/lib/fields";
import { recordsTaskProgress } from "@/lib/rights";
import { guard } from "@/server/http/guard";
import { httpError, NOT_FOUND_MESSAGE } from "@/server/http/response";
import { searchEnterprises } from "@/server/tasks/search-enterprises";

// Ledger look-up for naming enterprises on a progress entry: departments district-wide, a township its
// own unit's (server/scope.ts taskEnterpriseScope). Anyone else gets the one refusal, "not found".
export const GET = guard({}, async (user, req: Request) => {
  if (!recordsTaskProgress(user)) return httpError(404, NOT_FOUND_MESSAGE);
  const q = searchText(50).safeParse((new URL(req.url).searchParams.get("q") ?? "").slice(0, 50));
  if (!q.success) return httpError(400, q.error.issues[0].message);
  const rows = await searchEnterprises(user, q.data);
  return Response.json(
    { enterprises: rows.map((e) => ({ id: e.id, name: e.name, creditCode: e.creditCode, unit: e.unit.name })) },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
