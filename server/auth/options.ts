import "server-only";

import { cookies } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { cookieValue, DEVICE_COOKIE_MAX_AGE_S, deviceCookieName } from "@/lib/accounts/device-cookie";
import { normaliseLoginName } from "@/lib/accounts/rules";
import { CLIENT_IP_HEADER } from "@/lib/client-address.mjs";
import { sameOriginUrl } from "@/lib/safe-redirect";
import { LoginLockedError, verifyLogin } from "@/server/auth/login";
import { endSession } from "@/server/auth/session-token";
import { env } from "@/server/env";

/** Sets the account's device cookie on the sign-in response (the route handler's cookie store). */
async function rememberDevice(username: string, value: string): Promise<void> {
  let jar;
  try {
    jar = await cookies();
  } catch {
    return; // called outside a request (tests): there is no response to carry it
  }
  jar.set(deviceCookieName(username), value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: env().NEXTAUTH_URL?.startsWith("https://") ?? false,
    maxAge: DEVICE_COOKIE_MAX_AGE_S,
  });
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { username: { label: "账号", type: "text" }, password: { label: "密码", type: "password" } },
      async authorize(credentials, req) {
        // The address the Node entry point recorded from the connection (scripts/server.mjs).
        const client = req?.headers?.[CLIENT_IP_HEADER];
        const username = credentials?.username ?? "";
        const name = normaliseLoginName(username);
        const cookieHeader = req?.headers?.cookie;
        try {
          const user = await verifyLogin({
            username,
            password: credentials?.password ?? "",
            client: typeof client === "string" ? client : "unknown",
            device: name && typeof cookieHeader === "string" ? cookieValue(cookieHeader, deviceCookieName(name)) : null,
          });
          if (user) await rememberDevice(user.username, user.device);
          return user ? { id: user.id, sessionVersion: user.sessionVersion } : null;
        } catch (e) {
          // next-auth passes a thrown message back to the login form.
          if (e instanceof LoginLockedError) throw new Error(e.message);
          throw e;
        }
      },
    }),
  ],
  callbacks: {
    // The callbackUrl of the sign-in POST: the same rule as the login form, so no other site and no 500.
    redirect({ url, baseUrl }) {
      return sameOriginUrl(url, baseUrl);
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv };
    },
  },
  events: {
    // Sign-out ends the session on the server too: a copy of the cookie stops working at once.
    async signOut({ token }) {
      await endSession(token);
    },
  },
};
