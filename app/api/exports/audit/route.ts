import { beijingIsoDay } from "@/lib/dates";
import { auditWorkbook } from "@/lib/exports/audit-workbook";
import { xlsxResponse } from "@/lib/exports/xlsx";
import { areaRoute } from "@/server/areas";
import { AUDIT_EXPORT_LIMIT, exportAudit, parseAuditFilters } from "@/server/audit-log/list-audit";

/** The audit log rows the page's filters select (same query string), as Excel. Office only. */
export const GET = areaRoute("adminAudit", async (user, request: Request) => {
  const filters = parseAuditFilters(new URL(request.url).searchParams);
  const { total, rows } = await exportAudit(user, filters);
  const day = beijingIsoDay(new Date());
  const note = total > rows.length ? `共 ${total} 条，仅导出最新 ${AUDIT_EXPORT_LIMIT} 条，请缩小筛选范围` : undefined;
  return xlsxResponse(
    await auditWorkbook(`审计日志（导出于 ${day}）`, rows, note),
    `审计日志-${day}.xlsx`,
    `audit-${day}.xlsx`,
  );
});
