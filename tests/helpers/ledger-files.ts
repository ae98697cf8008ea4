// Ledger import files (.xlsx) built from the portal's own template, for the import tests and the matrix.
import type { LedgerColumnKey, RawCell } from "@/lib/import/ledger-columns";
import { ledgerTemplate } from "@/lib/import/ledger-template";

import { creditCode, multipartRequest } from "./fixtures";

export type LedgerRow = Partial<Record<LedgerColumnKey, RawCell>>;

let serial = 0;
/** A sound elimination row of `unit` with a fresh credit code. */
export const ledgerRow = (unit: string, over: LedgerRow = {}): LedgerRow => ({
  unit,
  name: `导入测试企业${serial++}`,
  creditCode: creditCode(),
  industry: "铸造",
  category: "淘汰落后产能",
  disposal: "拆除主体设备",
  dimensions: "能耗",
  deadline: "2020-11-30",
  ...over,
});

export async function ledgerFile(rows: LedgerRow[]): Promise<Buffer> {
  return Buffer.from(await ledgerTemplate({ units: ["集士港镇", "古林镇"], outcomes: ["规范提升"], rows }));
}

/** A POST of the file to /api/import or /api/import/check as the portal's page sends it. */
export async function importRequest(path: "/api/import" | "/api/import/check", bytes: Buffer, name = "台账.xlsx") {
  return multipartRequest(`http://localhost${path}`, {}, [{ field: "file", name, bytes }]);
}
