import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";

import { LoginForm } from "@/components/login-form";
import { getSessionUser } from "@/server/session";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage() {
  if (await getSessionUser()) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-center text-xl font-semibold">整治提升工作平台</h1>
        <p className="mt-1 text-center text-sm text-slate-500">海曙区淘汰落后产能及“低散乱”整治提升</p>
        <Suspense>
          <LoginForm />
        </Suspense>
      </div>
    </main>
  );
}
