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
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

type Header = { key: string; value: string };

/** Headers for every response. Route handlers (the /api paths) replace the framing ones below. */
export const commonSecurityHeaders: Header[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  // The evidence upload may open the camera on the portal's own pages; nothing else may.
  { key: "Permissions-Policy", value: "camera=(self), geolocation=(self), microphone=()" },
];

export const apiSecurityHeaders: Header[] = [
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  { key: "Content-Security-Policy", value: apiContentSecurityPolicy },
];
