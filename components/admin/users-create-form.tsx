"use client";
import {
  AccountFields,
  accountInput,
  NewAccountForm,
  type ScopeChoices,
} from "@/components/admin/users-account-fields";
import { text } from "@/components/use-server-action";
import { createUser } from "@/server/users/actions/create-user";

/** The office creates an account; the portal generates its one-time password and shows it once. */
export function CreateUserForm({ choices }: { choices: ScopeChoices }) {
  return (
    <NewAccountForm
      create={(form) => createUser({ username: text(form, "username"), ...accountInput(form) })}
      done={(username) => `已创建账号 ${username}`}
      gridClass="sm:grid-cols-2 lg:grid-cols-3"
      fields={(errors) => <AccountFields choices={choices} errors={errors} />}
    />
  );
}
