"use client";
import { useState } from "react";

import { CaseDetailFields, type CaseDetailValues } from "@/components/cases/case-detail-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import type { Category } from "@/lib/generated/prisma/enums";
import { updateCase } from "@/server/cases/actions/update-case";

type Props = {
  caseId: string;
  version: number;
  category: Category;
  initial: CaseDetailValues;
  outcomes: { id: number; name: string }[];
  policyBases?: { id: number; name: string }[];
};

export function CaseDetailsEditor({ caseId, version, category, initial, outcomes, policyBases }: Props) {
  const { pending, notice, fieldErrors, run } = useServerAction();
  const [values, setValues] = useState(initial);

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    run(() => updateCase({ caseId, version, ...values }), "已保存");
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <CaseDetailFields
        category={category}
        values={values}
        onChange={setValues}
        outcomes={outcomes}
        policyBases={policyBases}
        errors={fieldErrors}
      />
      <FormMessage message={notice} />
      <Button type="submit" disabled={pending} variant="outline">
        {pending ? "保存中…" : "保存整治信息"}
      </Button>
    </form>
  );
}
