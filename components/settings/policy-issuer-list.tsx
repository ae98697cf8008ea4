"use client";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { issuerChangeNotice } from "@/lib/cases/policy-department";
import type { PolicyIssuer } from "@/lib/generated/prisma/enums";
import { policyIssuerLabel } from "@/lib/labels";
import { setPolicyIssuer } from "@/server/settings/actions/set-policy-issuer";

export type IssuerBasis = {
  id: number;
  name: string;
  issuer: PolicyIssuer | null;
  version: number;
  cases: number;
  active: boolean;
};

const ISSUERS: PolicyIssuer[] = ["NDRC_CATALOGUE", "MIIT"];

/**
 * Each 政策依据 with its 发布机关 — which decides who reviews the 产业政策 side of its cases and on whose part of T9
 * they count — and a change of it, confirmed in the page with what it means for future and recorded cases.
 */
export function PolicyIssuerList({
  bases,
  departments,
}: {
  bases: IssuerBasis[];
  departments: Record<PolicyIssuer, string>;
}) {
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {bases.map((b) => (
        <IssuerRow key={b.id} basis={b} departments={departments} />
      ))}
    </ul>
  );
}

function IssuerRow({ basis, departments }: { basis: IssuerBasis; departments: Record<PolicyIssuer, string> }) {
  const { pending, notice, fieldErrors, run } = useServerAction();
  const { ask, asking, panel } = useConfirm();
  const [choice, setChoice] = useState<PolicyIssuer | "">(basis.issuer ?? "");
  const reviewer = (i: PolicyIssuer | null) =>
    i ? `${policyIssuerLabel[i]}（${departments[i]}审核）` : "非产业政策条目";
  const changed = choice !== (basis.issuer ?? "");

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!changed) return;
    const to = choice === "" ? null : choice;
    ask(
      `将发布机关改为“${reviewer(to)}”？${issuerChangeNotice(basis.name, to, departments, basis.cases)}`,
      () =>
        run(
          () => setPolicyIssuer({ policyBasisId: basis.id, version: basis.version, issuer: choice }),
          (d) =>
            d.department
              ? `已修改：今后此依据的整治对象由${d.department}审核；已登记的 ${d.recorded} 个整治对象不变`
              : `已修改：此依据不再作为产业政策条目；已登记的 ${d.recorded} 个整治对象不变`,
        ),
      "确定修改",
    );
  }

  return (
    <li className="space-y-2 py-3" data-testid="policy-issuer-row">
      <p>
        <span className="font-medium">{basis.name}</span>
        <span className="ml-2 text-xs text-slate-500">
          {basis.cases} 个整治对象{basis.active ? "" : " · 已停用"}
        </span>
      </p>
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" noValidate>
        <div className="min-w-64 flex-1">
          <Field label="发布机关（决定审核部门）" error={fieldErrors.issuer?.[0]}>
            <select
              name="issuer"
              value={choice}
              onChange={(e) => setChoice(e.target.value as PolicyIssuer | "")}
              className={inputClass}
              disabled={pending || asking}
            >
              <option value="">非产业政策条目（不计入T9）</option>
              {ISSUERS.map((i) => (
                <option key={i} value={i}>
                  {reviewer(i)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={pending || asking || !changed}>
          修改
        </Button>
      </form>
      {panel}
      <FormMessage message={notice} />
    </li>
  );
}
