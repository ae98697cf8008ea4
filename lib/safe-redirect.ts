// Where to go after signing in: only somewhere on this site. The target comes from the query
// string, so anything a browser would resolve to another origin ("/\evil.example", "/%09/evil…",
// "//evil…", "https://…", "javascript:…") is replaced by the home page. The decision is taken on
// the path as URL parsing normalises it: "/.//evil.example" becomes "//evil.example", which the
// router (and the browser) would again read as another host.

/** The same-origin path (with query and hash) for `target`, or "/" when it would leave `origin`. */
export function sameOriginPath(target: string | null | undefined, origin: string): string {
  if (!target) return "/";
  let url: URL;
  let home: string;
  try {
    home = new URL(origin).origin;
    url = new URL(target, home);
  } catch {
    return "/";
  }
  if (url.origin !== home) return "/";
  // A normalised path that starts with two slashes (or a slash and a backslash) names a host.
  if (/^[/\\]{2}/.test(url.pathname)) return "/";
  const path = url.pathname + url.search + url.hash;
  // What we hand on must resolve to itself on this site: a fixed point, not a second parse away from elsewhere.
  try {
    const again = new URL(path, home);
    if (again.origin !== home || again.pathname + again.search + again.hash !== path) return "/";
  } catch {
    return "/";
  }
  return path;
}

/** next-auth's redirect rule: an absolute address on this site, never elsewhere, never an error. */
export function sameOriginUrl(target: string | null | undefined, baseUrl: string): string {
  let home: string;
  try {
    home = new URL(baseUrl).origin;
  } catch {
    return "/";
  }
  return home + sameOriginPath(target, home);
}
