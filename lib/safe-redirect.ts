// Where to go after signing in: only somewhere on this site. The target comes from the query
// string, so anything a browser would resolve to another origin ("/\evil.example", "/%09/evil…",
// "//evil…", "https://…", "javascript:…") is replaced by the home page.

/** The same-origin path (with query and hash) for `target`, or "/" when it would leave `origin`. */
export function sameOriginPath(target: string | null | undefined, origin: string): string {
  if (!target) return "/";
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return "/";
  }
  if (url.origin !== new URL(origin).origin) return "/";
  return url.pathname + url.search + url.hash;
}
