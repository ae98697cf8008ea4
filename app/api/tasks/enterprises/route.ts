import { searchText } from "@/lib/fields";
import { getSessionUser } from "@/server/session";
import { searchEnterprises } from "@/server/tasks/search-enterprises";
import { recordsTaskProgress } from "@/lib/rights";

// Ledger look-up for naming enterprises on a progress entry: departments district-wide, a township its
// own unit's (server/scope.ts taskEnterpriseScope). Anyone else gets the one refusal, "not found".
export async function GET(req: Request) {
  const user = await getSessionUser();
  if (!user) return Response.json({ message: "登录已失效，请重新登录" }, { status: 401 });
  if (!recordsTaskProgress(user)) return Response.json({ message: "记录不存在或无权访问" }, { status: 404 });
  const q = searchText(50).safeParse((new URL(req.url).searchParams.get("q") ?? "").slice(0, 50));
  if (!q.success) return Response.json({ message: q.error.issues[0].message }, { status: 400 });
  const rows = await searchEnterprises(user, q.data);
  return Response.json(
    { enterprises: rows.map((e) => ({ id: e.id, name: e.name, creditCode: e.creditCode, unit: e.unit.name })) },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
