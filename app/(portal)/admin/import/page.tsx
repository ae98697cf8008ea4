import type { Metadata } from "next";

import { LedgerImport } from "@/components/import/ledger-import";
import { Card } from "@/components/ui/card";
import { requireArea } from "@/server/areas";

export const metadata: Metadata = { title: "台账导入" };

/** The office's ledger import: rows of any unit. */
export default async function AdminImportPage() {
  await requireArea("adminImport");
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">台账导入</h1>
      <Card>
        <LedgerImport scopeNote="“所属单位”可填任一镇（乡）、街道、园区，整治对象登记到该单位。" />
      </Card>
    </div>
  );
}
