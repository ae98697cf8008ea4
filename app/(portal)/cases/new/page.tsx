import type { Metadata } from "next";
import { RegisterCaseForm } from "@/components/cases/register-case-form";
import { requireArea } from "@/server/areas";
import { listOutcomes } from "@/server/cases/list-outcomes";
import { listPolicyBases } from "@/server/cases/list-policy-bases";

export const metadata: Metadata = { title: "登记企业与案件" };

export default async function NewCasePage() {
  const user = await requireArea("registration");
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">登记企业与案件（{user.unit?.name}）</h1>
      <RegisterCaseForm outcomes={await listOutcomes()} policyBases={await listPolicyBases()} />
    </div>
  );
}
