import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";

import { isPublicPath } from "@/lib/public-paths";
import { apiContentSecurityPolicy, pageContentSecurityPolicy } from "@/lib/security-headers";
import { isDecodablePath } from "@/lib/url-path";

// Pages, and of the route handlers only paths with a percent-escape (the others are left out by the
// matcher: each checks its own session, and uploads must not pass the proxy's 10 MB body buffer). Jobs:
// 0. A path whose percent-escapes do not decode is a 400, for pages and route handlers alike (Next
//    would answer 500 while decoding a dynamic segment). A route handler's path goes no further here.
// 1. A fresh script nonce per request in the Content-Security-Policy, set on the request too so
//    Next puts it on its own scripts.
// 2. Convenience: signed-out visitors go to the login page. Every page checks the session itself.
export async function proxy(request: NextRequest) {
  const { pathname: raw } = request.nextUrl;
  if (!isDecodablePath(raw)) {
    return new NextResponse("请求地址无效", {
      status: 400,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Security-Policy": apiContentSecurityPolicy,
        "Cache-Control": "no-store",
      },
    });
  }
  if (raw.startsWith("/api/")) return NextResponse.next();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = pageContentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const { pathname, search } = request.nextUrl;

  let response: NextResponse;
  if (pathname === "/login" || isPublicPath(pathname) || (await getToken({ req: request }))) {
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
  } else {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + search);
    response = NextResponse.redirect(login);
  }
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Not: route handlers (api/…) but those with a `%` in the path, Next's static files and image
  // optimiser, the favicon, the service worker script (public: the browser fetches it without asking,
  // also when signed out).
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|sw.js).*)", "/api/:path(.*%.*)"],
};
