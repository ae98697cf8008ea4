import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// Convenience only: sends signed-out visitors to the login page. Every page, action and route
// handler checks the session and scope itself.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!login|api/auth|_next/static|_next/image|favicon.ico).*)"],
};
