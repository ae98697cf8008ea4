"use client";
import { useState } from "react";
import { CaseDetailFields, type CaseDetailValues } from "@/components/cases/case-detail-fields";
import { FormMessage } from "@/components/form";
import { useServerAction } from "@/components/use-server-action";
import type { Category } from "@/lib/generated/prisma/enums";
import { updateCase } from "@/server/cases/actions/update-case";

type Props = { caseId: string; version: number; category: Category; initial: CaseDetailValues; outcomes: { id: number; name: string }[] };

export function CaseDetailsEditor({ caseId, version, category, initial, outcomes }: Props) {
  const { pending, notice, fieldErrors, run } = useServerAction();
  const [values, setValues] = useState(initial);

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    run(() => updateCase({ caseId, version, ...values }), "已保存");
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <CaseDetailFields category={category} values={values} onChange={setValues} outcomes={outcomes} errors={fieldErrors} />
      <FormMessage message={notice} />
      <button type="submit" disabled={pending} className="rounded border border-brand-600 px-4 py-2 text-brand-700 hover:bg-brand-50 disabled:opacity-60">
        {pending ? "保存中…" : "保存案件信息"}
      </button>
    </form>
  );
}
