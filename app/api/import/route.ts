import { importRoute } from "@/server/import/import-route";
import { importLedger } from "@/server/import/ledger-import";

/** 导入 — every row of the file in one transaction, or none; audited once with the file kept. */
export const POST = importRoute(importLedger, 201);
