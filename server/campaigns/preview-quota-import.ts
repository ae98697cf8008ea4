import "server-only";
import { NextResponse } from "next/server";
import { canSee } from "@/lib/areas";
import { parseQuotaGrid } from "@/lib/campaigns/quota-import";
import { readXlsxGrid } from "@/lib/campaigns/xlsx-grid";
import { intId } from "@/lib/fields";
import { notFoundResponse } from "@/server/areas";
import { prisma } from "@/server/db";
import { refuseCrossOrigin } from "@/server/http/same-origin";
import { xlsxReadLimits } from "@/server/policies";
import { formFiles, readMultipart, uploadFailure } from "@/server/uploads/routes";
import { getSessionUser } from "@/server/session";

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * 导入目标（试读）: the office uploads an .xlsx laid out like the annex; the answer is every row read,
 * with its errors, and nothing is saved — the page fills the grid from it, and the grid is saved as typed.
 */
export async function previewQuotaImport(request: Request, id: string): Promise<Response> {
  const crossOrigin = refuseCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  const user = await getSessionUser();
  if (!user) return uploadFailure(401, "登录已失效，请重新登录");
  if (!canSee(user.role, "campaigns")) return notFoundResponse();
  const campaignId = intId.safeParse(id);
  const campaign = campaignId.success ? await prisma.campaign.findUnique({ where: { id: campaignId.data } }) : null;
  if (!campaign) return notFoundResponse();
  const body = await readMultipart(request, MAX_BYTES, "文件超过 5 MB");
  if (!body.ok) return body.response;
  const [file] = await formFiles(body.form, "file");
  if (!file) return uploadFailure(400, "请选择要导入的 .xlsx 文件");
  const read = await readXlsxGrid(file.bytes, xlsxReadLimits());
  if (!read.ok) return uploadFailure(400, read.message);
  const units = await prisma.unit.findMany({ orderBy: { displayOrder: "asc" }, select: { id: true, name: true } });
  return NextResponse.json({ ok: true, result: parseQuotaGrid(read.grid, units) });
}
