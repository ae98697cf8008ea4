import "server-only";

/**
 * How a route answers a refusal: `json` — `{ ok: false, message }` for the portal's own fetch calls
 * (uploads, imports, look-ups) — or `text` for what a browser opens in a tab (files, downloads).
 */
export type Format = "json" | "text";

const NO_STORE = { "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" };

/** The one refusal (or error) of a route handler, as JSON or plain text. */
export function httpError(status: number, message: string, format: Format = "json"): Response {
  if (format === "json") return Response.json({ ok: false, message }, { status, headers: NO_STORE });
  return new Response(message, { status, headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" } });
}

/** The refusal for a record or an area outside the user's reach: the same as for one that does not exist. */
export const NOT_FOUND_MESSAGE = "记录不存在或无权访问";
export const SESSION_EXPIRED_MESSAGE = "登录已失效，请重新登录";
