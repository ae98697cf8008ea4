import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { LedgerImport } from "@/components/import/ledger-import";
import { Card } from "@/components/ui/card";
import { AREAS, canSee } from "@/lib/areas";
import { requireArea } from "@/server/areas";

export const metadata: Metadata = { title: "台账导入" };

/** A township officer's ledger import: rows of their own unit only. */
export default async function UnitImportPage() {
  const user = await requireArea("ledgerImport");
  if (canSee(user.role, "adminImport")) redirect(AREAS.adminImport.href);
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">台账导入（{user.unit?.name}）</h1>
      <Card>
        <LedgerImport scopeNote={`“所属单位”只能填本单位（${user.unit?.name}），其他单位的行会被标为错误。`} />
      </Card>
    </div>
  );
}
