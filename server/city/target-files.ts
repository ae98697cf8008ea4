import "server-only";

import { NextResponse } from "next/server";

import { readXlsxGrid } from "@/lib/campaigns/xlsx-grid";
import { parseTargetGrid } from "@/lib/city/target-import";
import { targetYearParam } from "@/lib/city/targets";
import { beijingIsoDay } from "@/lib/dates";
import { districtTargetsWorkbook } from "@/lib/exports/district-targets-workbook";
import { xlsxResponse } from "@/lib/exports/xlsx";
import { setsDistrictTargets } from "@/lib/rights";
import { getTargetGrid } from "@/server/city/district-targets";
import { prisma } from "@/server/db";
import { guard } from "@/server/http/guard";
import { httpError, NOT_FOUND_MESSAGE } from "@/server/http/response";
import { xlsxReadLimits } from "@/server/policies";
import { formFiles, readMultipart } from "@/server/uploads/routes";

const MAX_BYTES = 5 * 1024 * 1024;
const thisYear = () => Number(beijingIsoDay(new Date()).slice(0, 4));

/**
 * 区县目标 导入（试读）(docs/domain.md §市级): the city office uploads an .xlsx in the annex layout (行 = 区县（市）);
 * the answer is every row read, with its errors, and nothing is saved — the page fills its grid from it
 * and the grid is saved (after confirmation) by city.setDistrictTargets. Read by the same bounded reader
 * as the district's quota import.
 */
export const previewTargetImport = guard({ area: "cityTargets" }, async (user, request: Request) => {
  if (!setsDistrictTargets(user)) return httpError(404, NOT_FOUND_MESSAGE);
  const body = await readMultipart(request, MAX_BYTES, "文件超过 5 MB");
  if (!body.ok) return body.response;
  const [file] = await formFiles(body.form, "file");
  if (!file) return httpError(400, "请选择要导入的 .xlsx 文件");
  const read = await readXlsxGrid(file.bytes, xlsxReadLimits());
  if (!read.ok) return httpError(400, read.message.replace("目标任务分解表", "区县目标表"));
  const districts = await prisma.district.findMany({
    orderBy: { displayOrder: "asc" },
    select: { id: true, name: true },
  });
  return NextResponse.json({ ok: true, result: parseTargetGrid(read.grid, districts) });
});

/** 区县目标表.xlsx of ?year= in the annex layout, with each district's split status: the city office and the city leader. */
export const exportTargets = guard({ area: "cityTargets", format: "text" }, async (_user, request: Request) => {
  const year = targetYearParam(new URL(request.url).searchParams.get("year"), thisYear());
  const rows = await getTargetGrid(year);
  const body = await districtTargetsWorkbook({
    year,
    rows: rows.map((r) => ({
      name: r.name,
      isSample: r.isSample,
      targets: r.targets,
      status: r.status,
      gaps: { ELIMINATION: r.splits.ELIMINATION.gap, RECTIFICATION: r.splits.RECTIFICATION.gap },
    })),
  });
  return xlsxResponse(body, `${year}年度区县目标.xlsx`, `district-targets-${year}.xlsx`);
});
