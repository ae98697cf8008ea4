import { PolicyDepartmentForm } from "@/components/cases/policy-department-form";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import type { PolicyIssuer } from "@/lib/generated/prisma/enums";
import { policyIssuerLabel } from "@/lib/labels";
import { listPolicyDepartments } from "@/server/cases/list-policy-departments";

type CaseRow = {
  id: string;
  version: number;
  campaignId: number;
  dimensions: string[];
  policyBasis: { name: string; issuer: PolicyIssuer | null } | null;
  policyDepartment: { id: number; name: string } | null;
  policyDepartmentCorrectedAt: Date | null;
  policyDepartmentNote: string | null;
};

/**
 * T9 (区发改局、区经信局按职责分别牵头): which department reviews the case's 产业政策 side and on whose part of
 * T9 it counts — by the basis's issuer, or as the office corrected it (the office gets the form).
 */
export async function PolicyDepartmentCard({ c, correct }: { c: CaseRow; correct: boolean }) {
  const issuer = c.policyBasis?.issuer ?? null;
  if (!issuer && !c.policyDepartment) return null;
  return (
    <Card aria-labelledby="policy-department-title">
      <h2 id="policy-department-title" className="font-semibold">
        产业政策牵头部门（T9）
      </h2>
      <p className="mt-1 text-sm" data-testid="policy-department">
        {c.policyDepartment?.name ?? "未分配"}
        <span className="ml-2 text-slate-500">
          {c.policyDepartmentCorrectedAt
            ? `区工强办于 ${formatDateTime(c.policyDepartmentCorrectedAt)} 调整：${c.policyDepartmentNote ?? ""}`
            : issuer
              ? `按政策依据（${policyIssuerLabel[issuer]}）确定`
              : ""}
        </span>
      </p>
      <p className="mt-1 text-xs text-slate-500">
        由该部门验收本整治对象的产业政策方面；整治对象验收通过后计入该部门的T9进度。
        {!c.dimensions.includes("INDUSTRIAL_POLICY") && "（本整治对象未勾选“产业政策”方面。）"}
      </p>
      {correct && (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm text-brand-700">调整牵头部门</summary>
          <div className="mt-2">
            <PolicyDepartmentForm
              caseId={c.id}
              version={c.version}
              current={c.policyDepartment?.id ?? null}
              departments={await listPolicyDepartments(c.campaignId)}
            />
          </div>
        </details>
      )}
    </Card>
  );
}
