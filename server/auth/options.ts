import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { LoginLockedError, verifyLogin } from "@/server/auth/login";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { username: { label: "账号", type: "text" }, password: { label: "密码", type: "password" } },
      async authorize(credentials) {
        try {
          const id = await verifyLogin(credentials?.username ?? "", credentials?.password ?? "");
          return id ? { id } : null;
        } catch (e) {
          // next-auth passes a thrown message back to the login form.
          if (e instanceof LoginLockedError) throw new Error(e.message);
          throw e;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid };
    },
  },
};
