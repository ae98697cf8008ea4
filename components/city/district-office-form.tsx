"use client";
import { NewAccountForm } from "@/components/admin/users-account-fields";
import { Field, inputClass } from "@/components/ui/field";
import { text } from "@/components/use-server-action";
import { createDistrictOfficeAccount } from "@/server/city/actions/create-district-office-account";

/** The city office opens an account of a district's 工强办; its one-time password is shown once. */
export function DistrictOfficeForm({ districtId, districtName }: { districtId: number; districtName: string }) {
  return (
    <NewAccountForm
      create={(form) =>
        createDistrictOfficeAccount({
          districtId,
          username: text(form, "username"),
          displayName: text(form, "displayName"),
          phone: text(form, "phone"),
        })
      }
      done={(username) => `已为${districtName}创建工强办账号 ${username}`}
      label={`新建${districtName}工强办账号`}
      gridClass="sm:grid-cols-3"
      fields={(errors) => (
        <>
          <Field label="姓名" error={errors.displayName?.[0]}>
            <input name="displayName" required maxLength={30} className={inputClass} />
          </Field>
          <Field label="电话" error={errors.phone?.[0]}>
            <input name="phone" type="tel" maxLength={20} className={inputClass} />
          </Field>
        </>
      )}
    />
  );
}
