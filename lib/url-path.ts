/**
 * Whether every percent-escape of a request path decodes (`%E0%A4%A`, `%ff%fe` and a bare `%` do not).
 * Next answers such a path of a dynamic route with a 500 while decoding its parameters; the proxy
 * refuses it first.
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
