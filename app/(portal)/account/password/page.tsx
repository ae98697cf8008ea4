import type { Metadata } from "next";

import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Card } from "@/components/ui/card";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "修改密码" };

/** Any signed-in user changes their own password; after a reset by the office, the only page open. */
export default async function ChangePasswordPage() {
  const user = await requireSignedIn();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">修改密码</h1>
      {user.mustChangePassword && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          您正在使用区工强办发放的一次性密码，请先设置自己的新密码，然后才能使用平台。
        </p>
      )}
      <Card>
        <p className="mb-3 text-sm text-slate-600">
          账号：{user.username}。修改后，此前在其他电脑或手机上的登录全部失效。
        </p>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
