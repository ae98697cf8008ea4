import "server-only";

import { NextResponse } from "next/server";

import { parseQuotaGrid } from "@/lib/campaigns/quota-import";
import { readXlsxGrid } from "@/lib/campaigns/xlsx-grid";
import { intId } from "@/lib/fields";
import { prisma } from "@/server/db";
import { guard } from "@/server/http/guard";
import { httpError, NOT_FOUND_MESSAGE } from "@/server/http/response";
import { xlsxReadLimits } from "@/server/policies";
import { campaignScope } from "@/server/scope";
import { formFiles, readMultipart } from "@/server/uploads/routes";

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * 导入目标（试读）: the office uploads an .xlsx laid out like the annex; the answer is every row read,
 * with its errors, and nothing is saved — the page fills the grid from it, and the grid is saved as typed.
 */
export const previewQuotaImport = guard(
  { area: "campaigns" },
  async (user, request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const campaignId = intId.safeParse((await params).id);
    const campaign = campaignId.success
      ? await prisma.campaign.findFirst({ where: { id: campaignId.data, ...campaignScope(user) } })
      : null;
    if (!campaign) return httpError(404, NOT_FOUND_MESSAGE);
    const body = await readMultipart(request, MAX_BYTES, "文件超过 5 MB");
    if (!body.ok) return body.response;
    const [file] = await formFiles(body.form, "file");
    if (!file) return httpError(400, "请选择要导入的 .xlsx 文件");
    const read = await readXlsxGrid(file.bytes, xlsxReadLimits());
    if (!read.ok) return httpError(400, read.message);
    const units = await prisma.unit.findMany({
      where: { districtId: campaign.districtId },
      orderBy: { displayOrder: "asc" },
      select: { id: true, name: true },
    });
    return NextResponse.json({ ok: true, result: parseQuotaGrid(read.grid, units) });
  },
);
