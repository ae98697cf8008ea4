"use client";
import { useState } from "react";

import {
  AccountFields,
  accountInput,
  OneTimePassword,
  type ScopeChoices,
} from "@/components/admin/users-account-fields";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { createUser } from "@/server/users/actions/create-user";

/** The office creates an account; the portal generates its one-time password and shows it once. */
export function CreateUserForm({ choices }: { choices: ScopeChoices }) {
  const { pending, notice, fieldErrors, run } = useServerAction();
  const [created, setCreated] = useState<{ username: string; oneTimePassword: string } | null>(null);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    setCreated(null);
    run(
      () => createUser({ username: String(form.get("username") ?? ""), ...accountInput(form) }),
      (d) => `已创建账号 ${d.username}`,
      (d) => {
        setCreated(d);
        el.reset();
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field label="账号" error={fieldErrors.username?.[0]} hint="3–32位小写字母、数字或 _ . -，以字母开头">
          <input
            name="username"
            required
            maxLength={32}
            autoCapitalize="none"
            autoComplete="off"
            className={inputClass}
          />
        </Field>
        <AccountFields choices={choices} errors={fieldErrors} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "正在创建…" : "创建账号"}
      </Button>
      <FormMessage message={notice} />
      {created && <OneTimePassword username={created.username} password={created.oneTimePassword} />}
    </form>
  );
}
