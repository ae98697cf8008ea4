"use client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { changeOwnPassword } from "@/server/users/actions/change-own-password";

/**
 * Current password, the new one twice. The change ends every session of the account (this one too), so
 * the form signs in again with the new password and carries on to the home page.
 */
export function ChangePasswordForm() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const s = (k: string) => String(form.get(k) ?? "");
    setPending(true);
    setNotice(null);
    const res = await changeOwnPassword({ current: s("current"), next: s("next"), repeat: s("repeat") });
    if (!res.ok) {
      setPending(false);
      return setNotice({ ok: false, text: res.message });
    }
    setNotice({ ok: true, text: "密码已修改，其他设备上的登录已失效" });
    const again = await signIn("credentials", { username: res.data.username, password: s("next"), redirect: false });
    router.replace(again && !again.error ? "/" : "/login");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-3">
      <Field label="当前密码">
        <input name="current" type="password" required autoComplete="current-password" className={inputClass} />
      </Field>
      <Field label="新密码" hint="至少10位，含字母和数字，不能包含账号，不能是常见密码">
        <input name="next" type="password" required autoComplete="new-password" className={inputClass} />
      </Field>
      <Field label="再次输入新密码">
        <input name="repeat" type="password" required autoComplete="new-password" className={inputClass} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "正在保存…" : "修改密码"}
      </Button>
      <FormMessage message={notice} />
    </form>
  );
}
