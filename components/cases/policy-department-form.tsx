"use client";
import { useFormSubmit } from "@/components/ui/confirm";
import { Field, inputClass, NamedOptions } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { text, useServerAction } from "@/components/use-server-action";
import { assignPolicyDepartment } from "@/server/cases/actions/assign-policy-department";

/** The office moves a case's 产业政策 side (its reviewer and its part of T9) to the other lead department, with a reason. */
export function PolicyDepartmentForm({
  caseId,
  version,
  current,
  departments,
}: {
  caseId: string;
  version: number;
  current: number | null;
  departments: { id: number; name: string }[];
}) {
  const { pending, notice, run } = useServerAction();
  const { onSubmit, panel } = useFormSubmit(
    (form) =>
      run(
        () =>
          assignPolicyDepartment({
            caseId,
            version,
            departmentId: Number(form.get("departmentId")),
            reason: text(form, "reason"),
          }),
        "已调整",
      ),
    "确定调整该整治对象的产业政策牵头部门？由调整后的部门验收，并计入其T9进度；调整记入审计日志。",
  );
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2">
      <Field label="调整为">
        <select name="departmentId" required defaultValue="" className={inputClass}>
          <option value="" disabled>
            请选择
          </option>
          <NamedOptions items={departments.filter((d) => d.id !== current)} />
        </select>
      </Field>
      <Field label="调整理由">
        <input name="reason" required minLength={2} maxLength={300} className={inputClass} />
      </Field>
      <SubmitRow pending={pending} label="保存调整" notice={notice} className="sm:col-span-2">
        {panel}
      </SubmitRow>
    </form>
  );
}
