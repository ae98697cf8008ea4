"use client";
import { uploadFiles } from "@/components/file-upload";
import { ACCEPT } from "@/components/tasks/attachment-upload";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { recordLicenceCancellation } from "@/server/licences/actions/record-licence-cancellation";

const field = "mt-1 block w-full rounded border border-slate-300 px-2 py-1";

/** 登记注销: date, document number, optional decision document — asked in the page first (the enterprise leaves the list). */
export function LicenceCancellationForm({
  caseId,
  enterprise,
  licence,
  today,
}: {
  caseId: string;
  enterprise: string;
  licence: string;
  today: string;
}) {
  const { pending, notice, run } = useServerAction();
  const { onSubmit, panel } = useFormSubmit(
    (form, el) =>
      run(
        () =>
          recordLicenceCancellation({
            caseId,
            cancelledOn: String(form.get("cancelledOn") ?? ""),
            documentNumber: String(form.get("documentNumber") ?? ""),
          }),
        async (data) => {
          const files = form.getAll("file").filter((f): f is File => f instanceof File && f.size > 0);
          const errors = files.length
            ? await uploadFiles(`/api/licences/${encodeURIComponent(data.id)}/document`, files.slice(0, 1))
            : [];
          el.reset();
          return errors.length ? { ok: false, text: `注销已登记，但文书未上传：${errors.join("；")}` } : "注销已登记";
        },
      ),
    `确认${enterprise}的生产许可证（${licence}）已注销？登记后该企业移出待注销清单。`,
  );
  return (
    <form
      onSubmit={onSubmit}
      className="mt-2 grid gap-2 text-sm sm:grid-cols-4 sm:items-end"
      aria-label={`登记注销：${enterprise}`}
    >
      <label>
        注销日期
        <input type="date" name="cancelledOn" required max={today} defaultValue={today} className={field} />
      </label>
      <label>
        注销文书文号
        <input
          name="documentNumber"
          required
          minLength={2}
          maxLength={100}
          className={field}
          placeholder="如：甬海市监许注〔2020〕12号"
        />
      </label>
      <label>
        注销文书（可选）
        <input type="file" name="file" accept={ACCEPT} className="mt-1 block w-full" />
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "保存中…" : "登记注销"}
      </Button>
      <div className="sm:col-span-4">
        {panel}
        <FormMessage message={notice} />
      </div>
    </form>
  );
}
