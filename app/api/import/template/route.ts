import { xlsxResponse } from "@/lib/exports/xlsx";
import { ledgerTemplate } from "@/lib/import/ledger-template";
import { areaRoute, notFoundResponse } from "@/server/areas";
import { importUnitOf } from "@/server/import/ledger-import";
import { listImportChoices } from "@/server/import/list-import-choices";
import { districtOf } from "@/server/scope";

/** 台账导入模板.xlsx — a township officer's lists offer their own unit only. */
export const GET = areaRoute("ledgerImport", async (user) => {
  const ownUnitId = importUnitOf(user);
  if (ownUnitId === undefined) return notFoundResponse();
  const { units, outcomes } = await listImportChoices(districtOf(user), ownUnitId);
  const body = await ledgerTemplate({ units: units.map((u) => u.name), outcomes: outcomes.map((o) => o.name) });
  return xlsxResponse(body, "台账导入模板.xlsx", "ledger-import-template.xlsx");
});
