"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { CaseDetailFields, type CaseDetailValues } from "@/components/cases/case-detail-fields";
import { FormMessage } from "@/components/form";
import type { Category } from "@/lib/generated/prisma/enums";
import { updateCase } from "@/server/cases/actions/update-case";

type Props = { caseId: string; version: number; category: Category; initial: CaseDetailValues; outcomes: { id: number; name: string }[] };

export function CaseDetailsEditor({ caseId, version, category, initial, outcomes }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      const res = await updateCase({ caseId, version, ...values });
      setErrors(res.ok ? {} : (res.fieldErrors ?? {}));
      setMessage(res.ok ? { ok: true, text: "已保存" } : { ok: false, text: res.message });
      if (res.ok) router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <CaseDetailFields category={category} values={values} onChange={setValues} outcomes={outcomes} errors={errors} />
      <FormMessage message={message} />
      <button type="submit" disabled={pending} className="rounded border border-brand-600 px-4 py-2 text-brand-700 hover:bg-brand-50 disabled:opacity-60">
        {pending ? "保存中…" : "保存案件信息"}
      </button>
    </form>
  );
}
