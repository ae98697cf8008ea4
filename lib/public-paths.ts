// The only paths a signed-out visitor may open (besides the login page): the public 举报 page and its
// route handler. Exact matches, so nothing beneath them or beside them becomes public by accident.
const PUBLIC_PATHS = new Set(["/tip", "/api/tips/public"]);

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.has(pathname);
}
