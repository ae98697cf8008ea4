"use client";
import { useState } from "react";

import {
  AccountFields,
  accountInput,
  OneTimePassword,
  type ScopeChoices,
} from "@/components/admin/users-account-fields";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { text, useServerAction } from "@/components/use-server-action";
import { createUser } from "@/server/users/actions/create-user";

/** The office creates an account; the portal generates its one-time password and shows it once. */
export function CreateUserForm({ choices }: { choices: ScopeChoices }) {
  const { pending, notice, fieldErrors, submit } = useServerAction();
  const [created, setCreated] = useState<{ username: string; oneTimePassword: string } | null>(null);
  const onSubmit = submit(
    (form) => {
      setCreated(null);
      return createUser({ username: text(form, "username"), ...accountInput(form) });
    },
    (d) => `已创建账号 ${d.username}`,
    {
      onOk: (d, form) => {
        setCreated(d);
        form.reset();
      },
    },
  );

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
      <SubmitRow pending={pending} label="创建账号" pendingLabel="正在创建…" notice={notice} errors={fieldErrors} />
      {created && <OneTimePassword username={created.username} password={created.oneTimePassword} />}
    </form>
  );
}
