"use client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";

import { Field, inputClass } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { text, useServerAction } from "@/components/use-server-action";
import { changeOwnPassword } from "@/server/users/actions/change-own-password";

/**
 * Current password, the new one twice. The change ends every session of the account (this one too), so
 * the form signs in again with the new password and carries on to the home page.
 */
export function ChangePasswordForm() {
  const router = useRouter();
  const { pending, notice, fieldErrors: errors, submit } = useServerAction();
  const onSubmit = submit(
    (form) =>
      changeOwnPassword({ current: text(form, "current"), next: text(form, "next"), repeat: text(form, "repeat") }),
    async (data, form) => {
      const again = await signIn("credentials", {
        username: data.username,
        password: text(form, "next"),
        redirect: false,
      });
      router.replace(again && !again.error ? "/" : "/login");
      return "密码已修改，其他设备上的登录已失效";
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-3">
      <Field label="当前密码" error={errors.current?.[0]}>
        <input name="current" type="password" required autoComplete="current-password" className={inputClass} />
      </Field>
      <Field label="新密码" error={errors.next?.[0]} hint="至少10位，含字母和数字，不能包含账号，不能是常见密码">
        <input name="next" type="password" required autoComplete="new-password" className={inputClass} />
      </Field>
      <Field label="再次输入新密码" error={errors.repeat?.[0]}>
        <input name="repeat" type="password" required autoComplete="new-password" className={inputClass} />
      </Field>
      <SubmitRow pending={pending} label="修改密码" pendingLabel="正在保存…" notice={notice} errors={errors} />
    </form>
  );
}
