// The route handlers under app/api that do not go through the route guard (server/http/guard.ts),
// each with the reason. Every other route.ts must export only guarded handlers; a test walks the tree.
export const PUBLIC_ROUTES: Record<string, string> = {
  "/api/auth/[...nextauth]": "next-auth's own sign-in, sign-out and session endpoints (its own CSRF token)",
  "/api/tips/public":
    "the public 举报 form and the look-up of a reference number: no login, limited per client address",
  "/api/health":
    "load balancers and monitoring: database and storage status; the version only for the office or the HEALTH_TOKEN",
};
