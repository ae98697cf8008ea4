// The security headers of every response: one place, used by next.config.ts (all responses) and by
// proxy.ts (the per-request Content-Security-Policy of pages).

/**
 * The pages' policy. Scripts: only the portal's own, each carrying this request's nonce (Next puts
 * it on its bootstrap and inline flight-data scripts when it finds the policy on the request);
 * 'strict-dynamic' lets those load the code-split chunks. No 'unsafe-eval' in production.
 * Styles: 'unsafe-inline' because React renders `style` attributes (progress bars, recharts'
 * SVG) that a nonce cannot cover; a style cannot run code, and every other source stays 'self'.
 * Frames: the portal may frame its own PDF files; nobody may frame the portal.
 */
export function pageContentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Route handlers answer JSON, Excel, images and PDFs, never pages: nothing in them may load
 * anything. Their files may be framed by the portal itself (the PDF viewer on the case page).
 */
export const apiContentSecurityPolicy =
  "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

/**
 * A stored image (and anything else served from storage but a PDF): shown, never run — `sandbox`
 * makes the browser treat it as a page of no origin, should it ever be taken for one.
 */
export const fileContentSecurityPolicy = "default-src 'none'; img-src 'self'; sandbox; frame-ancestors 'self'";

/**
 * The route handlers that serve stored files (fileRoute in server/uploads/routes.ts), by their path
 * under /api/ as a regular expression. Each response carries its own policy (a PDF must not be
 * sandboxed, an image must), which a header from next.config.ts would replace.
 */
export const FILE_ROUTE_PATHS = [
  "evidence",
  "inspections/files",
  "licences/[^/]+/document",
  "measures/documents",
  "referrals/files",
  "referrals/finding-files",
  "return-visits/photos",
  "steel/files",
  "tasks/attachments",
  "tips/files",
];

/** next.config.ts's source for the API policy: every /api path but those of FILE_ROUTE_PATHS. */
export const apiPolicySource = `/api/:path((?!(?:${FILE_ROUTE_PATHS.join("|")})(?:/|$)).*)`;

type Header = { key: string; value: string };

/** Headers for every response. Route handlers (the /api paths) replace the framing ones below. */
export const commonSecurityHeaders: Header[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  // The evidence upload may open the camera on the portal's own pages; nothing else may.
  { key: "Permissions-Policy", value: "camera=(self), geolocation=(self), microphone=()" },
];

export const apiSecurityHeaders: Header[] = [{ key: "X-Frame-Options", value: "SAMEORIGIN" }];

/** For apiPolicySource; the route guard also sets it on every response of a guarded handler without one. */
export const apiPolicyHeaders: Header[] = [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }];
