"use client";
import { useState } from "react";

import { OneTimePassword } from "@/components/admin/users-account-fields";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { text, useServerAction } from "@/components/use-server-action";
import { createDistrictOfficeAccount } from "@/server/city/actions/create-district-office-account";

/** The city office opens an account of a district's 工强办; its one-time password is shown once. */
export function DistrictOfficeForm({ districtId, districtName }: { districtId: number; districtName: string }) {
  const { pending, notice, fieldErrors, submit } = useServerAction();
  const [created, setCreated] = useState<{ username: string; oneTimePassword: string } | null>(null);
  const onSubmit = submit(
    (form) => {
      setCreated(null);
      return createDistrictOfficeAccount({
        districtId,
        username: text(form, "username"),
        displayName: text(form, "displayName"),
        phone: text(form, "phone"),
      });
    },
    (d) => `已为${districtName}创建工强办账号 ${d.username}`,
    {
      onOk: (d, form) => {
        setCreated(d);
        form.reset();
      },
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`新建${districtName}工强办账号`}>
      <div className="grid gap-3 sm:grid-cols-3">
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
        <Field label="姓名" error={fieldErrors.displayName?.[0]}>
          <input name="displayName" required maxLength={30} className={inputClass} />
        </Field>
        <Field label="电话" error={fieldErrors.phone?.[0]}>
          <input name="phone" type="tel" maxLength={20} className={inputClass} />
        </Field>
      </div>
      <SubmitRow pending={pending} label="创建账号" pendingLabel="正在创建…" notice={notice} errors={fieldErrors} />
      {created && <OneTimePassword username={created.username} password={created.oneTimePassword} />}
    </form>
  );
}
