"use client";
import { useState } from "react";

import {
  AccountFields,
  accountInput,
  type AccountValues,
  OneTimePassword,
  type ScopeChoices,
} from "@/components/admin/users-account-fields";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm";
import { FormOutcome } from "@/components/ui/error-summary";
import { FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import type { AccountStatus } from "@/lib/accounts/rules";
import { resetUserPassword } from "@/server/users/actions/reset-user-password";
import { setUserActive } from "@/server/users/actions/set-user-active";
import { signOutUser } from "@/server/users/actions/sign-out-user";
import { unlockUser } from "@/server/users/actions/unlock-user";
import { updateUser } from "@/server/users/actions/update-user";

type Account = AccountValues & { id: string; username: string; status: AccountStatus; self: boolean };

/** What the office can do to one account; every destructive act is confirmed in the page first. */
export function UserRowActions({ account, choices }: { account: Account; choices: ScopeChoices }) {
  const [otp, setOtp] = useState<string | null>(null);
  const reset = useServerAction();
  const { ask, asking, panel } = useConfirm();
  const { id, username, status, self } = account;
  const userId = id;
  return (
    <div className="flex flex-col items-start gap-1">
      <div className="flex flex-wrap gap-1">
        {status === "DISABLED" ? (
          <ActionButton
            label="启用"
            action={() => setUserActive({ userId, active: true })}
            success={`已启用 ${username}`}
          />
        ) : (
          !self && (
            <ActionButton
              label="停用"
              variant="dangerOutline"
              action={() => setUserActive({ userId, active: false })}
              success={`已停用 ${username}，其登录已全部失效`}
              confirm={{ prompt: `停用账号 ${username}？停用后不能登录，已打开的页面立即失效。`, yes: "停用" }}
            />
          )
        )}
        {status === "LOCKED" && (
          <ActionButton label="解锁" action={() => unlockUser({ userId })} success={`已解锁 ${username}`} />
        )}
        {status !== "DISABLED" && !self && (
          <Button
            variant="secondary"
            size="sm"
            disabled={reset.pending || asking}
            onClick={() =>
              ask(
                `重置 ${username} 的密码？原密码立即失效，本人须用一次性密码登录后修改。`,
                () =>
                  reset.run(
                    () => resetUserPassword({ userId }),
                    "已重置密码",
                    (d) => setOtp(d.oneTimePassword),
                  ),
                "重置密码",
              )
            }
          >
            {reset.pending ? "正在重置…" : "重置密码"}
          </Button>
        )}
        {!self && (
          <ActionButton
            label="强制下线"
            action={() => signOutUser({ userId })}
            success={`${username} 的登录已全部失效`}
            confirm={{ prompt: `让 ${username} 在所有设备上退出登录？`, yes: "强制下线" }}
          />
        )}
      </div>
      {panel}
      <FormMessage message={reset.notice?.ok ? null : reset.notice} />
      {otp && <OneTimePassword username={username} password={otp} />}
      <EditAccount account={account} choices={choices} />
    </div>
  );
}

function EditAccount({ account, choices }: { account: Account; choices: ScopeChoices }) {
  const { pending, notice, fieldErrors, submit } = useServerAction();
  const onSubmit = submit((form) => updateUser({ userId: account.id, ...accountInput(form) }), "已保存");
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700">编辑</summary>
      <form onSubmit={onSubmit} noValidate className="mt-2 grid gap-2 sm:grid-cols-2">
        <AccountFields choices={choices} values={account} errors={fieldErrors} />
        <div className="sm:col-span-2 flex items-center gap-2">
          <Button type="submit" size="sm" disabled={pending}>
            {pending ? "保存中…" : "保存"}
          </Button>
          <FormOutcome notice={notice} errors={fieldErrors} />
        </div>
      </form>
    </details>
  );
}
