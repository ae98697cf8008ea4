"use client";
import { type ReactNode, useState } from "react";

import { Field, inputClass, NamedOptions } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { text, useServerAction } from "@/components/use-server-action";
import { needsOrganisation, ROLE_SCOPE } from "@/lib/accounts/rules";
import { ROLES } from "@/lib/areas";
import type { Role } from "@/lib/generated/prisma/enums";
import { roleLabel } from "@/lib/labels";
import type { ActionResult } from "@/server/action";

/** A role a district's 用户管理 gives (never a city role). */
type DistrictRole = (typeof ROLES)[number];

export type ScopeChoices = {
  units: { id: number; name: string }[];
  departments: { id: number; name: string; isOffice: boolean }[];
};
export type AccountValues = {
  displayName: string;
  role: Role;
  unitId: number | null;
  departmentId: number | null;
  phone: string | null;
  organisation?: string | null;
};
type Errors = Record<string, string[] | undefined>;

/** The account's fields as form data for createUser / updateUser. */
export function accountInput(form: FormData) {
  return {
    displayName: text(form, "displayName"),
    role: text(form, "role") as DistrictRole,
    unitId: text(form, "unitId"),
    departmentId: text(form, "departmentId"),
    phone: text(form, "phone"),
    organisation: text(form, "organisation"),
  };
}

/** Name, role, and the unit or department the role needs (the office's 区工强办 is implied), phone. */
export function AccountFields({
  choices,
  values,
  errors,
}: {
  choices: ScopeChoices;
  values?: AccountValues;
  errors: Errors;
}) {
  const [role, setRole] = useState<Role>(values?.role ?? "TOWNSHIP");
  const scope = ROLE_SCOPE[role];
  return (
    <>
      <Field label="姓名" error={errors.displayName?.[0]}>
        <input name="displayName" required maxLength={30} defaultValue={values?.displayName} className={inputClass} />
      </Field>
      <Field label="角色" error={errors.role?.[0]}>
        <select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)} className={inputClass}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabel[r]}
            </option>
          ))}
        </select>
      </Field>
      {scope === "unit" && (
        <Field label="所属单位" error={errors.unitId?.[0]}>
          <select name="unitId" defaultValue={values?.unitId ?? ""} className={inputClass}>
            <option value="">请选择</option>
            <NamedOptions items={choices.units} />
          </select>
        </Field>
      )}
      {scope === "department" && (
        <Field label="所属部门" error={errors.departmentId?.[0]}>
          <select name="departmentId" defaultValue={values?.departmentId ?? ""} className={inputClass}>
            <option value="">请选择</option>
            {choices.departments
              .filter((d) => !d.isOffice)
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
          </select>
        </Field>
      )}
      {needsOrganisation(role) && (
        <Field label="所属协会/单位" error={errors.organisation?.[0]} hint="如：宁波市铸造行业协会">
          <input
            name="organisation"
            required
            maxLength={50}
            defaultValue={values?.organisation ?? ""}
            className={inputClass}
          />
        </Field>
      )}
      <Field label="电话（选填）" error={errors.phone?.[0]}>
        <input name="phone" type="tel" maxLength={20} defaultValue={values?.phone ?? ""} className={inputClass} />
      </Field>
    </>
  );
}

/** A one-time password, shown once: the office passes it on; the user must change it at the first sign-in. */
export function OneTimePassword({ username, password }: { username: string; password: string }) {
  return (
    <div role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm">
      账号 <strong>{username}</strong> 的一次性密码：
      <code aria-label="一次性密码" className="mx-1 rounded bg-white px-2 py-0.5 font-mono text-base">
        {password}
      </code>
      <span className="block text-xs text-slate-600">
        只显示这一次，请当面或电话告知本人；本人首次登录后须修改密码。
      </span>
    </div>
  );
}

type FieldErrors = Record<string, string[] | undefined>;

/**
 * Opening an account (the office's 用户管理, the city's 区县管理): 账号, the caller's other `fields`, 创建账号; on
 * success the form is emptied and the one-time password shown once.
 */
export function NewAccountForm({
  create,
  done,
  label,
  gridClass,
  fields,
}: {
  create: (form: FormData) => Promise<ActionResult<{ username: string; oneTimePassword: string }>>;
  /** The notice after success, for the new account's name. */
  done: (username: string) => string;
  label?: string;
  gridClass: string;
  fields: (errors: FieldErrors) => ReactNode;
}) {
  const { pending, notice, fieldErrors, submit } = useServerAction();
  const [created, setCreated] = useState<{ username: string; oneTimePassword: string } | null>(null);
  const onSubmit = submit(
    (form) => {
      setCreated(null);
      return create(form);
    },
    (d) => done(d.username),
    {
      onOk: (d, form) => {
        setCreated(d);
        form.reset();
      },
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={label}>
      <div className={`grid gap-3 ${gridClass}`}>
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
        {fields(fieldErrors)}
      </div>
      <SubmitRow pending={pending} label="创建账号" pendingLabel="正在创建…" notice={notice} errors={fieldErrors} />
      {created && <OneTimePassword username={created.username} password={created.oneTimePassword} />}
    </form>
  );
}
