import "server-only";
import { prisma } from "@/server/db";

/** The campaign shown by default: the latest year. */
export async function getCurrentCampaign() {
  const campaign = await prisma.campaign.findFirst({ orderBy: { year: "desc" } });
  if (!campaign) throw new Error("尚未导入年度工作方案（请运行种子数据）");
  return campaign;
}
