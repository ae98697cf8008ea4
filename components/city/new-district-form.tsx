"use client";
import { useRouter } from "next/navigation";

import { Field, inputClass } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { text, useServerAction } from "@/components/use-server-action";
import { createDistrict } from "@/server/city/actions/create-district";

/**
 * 新建区县（市）: 区划代码, name, 发文机关代字 and the office's full name; the district gets its departments and
 * 工作设置's default lists, and no year until its office opens one.
 */
export function NewDistrictForm({ cityCode }: { cityCode: string }) {
  const router = useRouter();
  const { pending, notice, fieldErrors, submit } = useServerAction();
  const onSubmit = submit(
    (form) =>
      createDistrict({
        code: text(form, "code"),
        name: text(form, "name"),
        docPrefix: text(form, "docPrefix"),
        officeName: text(form, "officeName"),
      }),
    (d) => `已新建${d.name}（${d.code}），请为它建立工强办账号`,
    {
      onOk: (_d, form) => {
        form.reset();
        router.refresh();
      },
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="新建区县（市）">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="区划代码"
          error={fieldErrors.code?.[0]}
          hint={`6位统计用区划代码，本市以 ${cityCode.slice(0, 4)} 开头，如 ${cityCode.slice(0, 4)}06`}
        >
          <input
            name="code"
            required
            inputMode="numeric"
            pattern="\d{6}"
            maxLength={6}
            autoComplete="off"
            className={inputClass}
          />
        </Field>
        <Field label="区县名称" error={fieldErrors.name?.[0]} hint="如 北仑区">
          <input name="name" required maxLength={20} className={inputClass} />
        </Field>
        <Field
          label="发文机关代字"
          error={fieldErrors.docPrefix?.[0]}
          hint="本区县发文字号的代字，如 仑工强办（仑工强办〔2021〕1号）"
        >
          <input name="docPrefix" required maxLength={10} className={inputClass} />
        </Field>
        <Field
          label="工强办全称"
          error={fieldErrors.officeName?.[0]}
          hint="公文红头和落款，如 北仑区工业强区建设领导小组办公室"
        >
          <input name="officeName" required maxLength={60} className={inputClass} />
        </Field>
      </div>
      <SubmitRow pending={pending} label="新建区县" pendingLabel="正在新建…" notice={notice} errors={fieldErrors} />
    </form>
  );
}
