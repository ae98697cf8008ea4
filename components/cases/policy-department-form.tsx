"use client";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { assignPolicyDepartment } from "@/server/cases/actions/assign-policy-department";

const field = "mt-1 block w-full rounded border border-slate-300 px-3 py-2 min-h-11";

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
            reason: String(form.get("reason") ?? ""),
          }),
        "已调整",
      ),
    "确定调整该案件的产业政策牵头部门？由调整后的部门验收，并计入其T9进度；调整记入审计日志。",
  );
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2">
      <label className="block text-sm">
        调整为
        <select name="departmentId" required defaultValue="" className={field}>
          <option value="" disabled>
            请选择
          </option>
          {departments
            .filter((d) => d.id !== current)
            .map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
        </select>
      </label>
      <label className="block text-sm">
        调整理由
        <input name="reason" required minLength={2} maxLength={300} className={field} />
      </label>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "保存中…" : "保存调整"}
        </Button>
        {panel}
        <FormMessage message={notice} />
      </div>
    </form>
  );
}
