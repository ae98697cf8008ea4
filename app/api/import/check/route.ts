import { importRoute } from "@/server/import/import-route";
import { checkLedgerImport } from "@/server/import/ledger-import";

/** 检查文件 — the dry run of a ledger import: every row's errors and what would be created; writes nothing. */
export const POST = importRoute(checkLedgerImport, 200);
