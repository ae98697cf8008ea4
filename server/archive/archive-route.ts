import "server-only";

import { Readable } from "node:stream";

import { contentDisposition } from "@/lib/uploads/rules";
import { type ArchiveTarget, evidenceZip, listArchiveEvidence } from "@/server/archive/evidence-archive";
import { notFoundResponse } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import type { SessionUser } from "@/server/session";

/** The download of an evidence archive (佐证材料包): the ZIP streamed, or 404 outside the user's scope. */
export async function archiveResponse(user: SessionUser, target: ArchiveTarget | null): Promise<Response> {
  if (!target) return notFoundResponse();
  const campaign = await getCurrentCampaign(user);
  const found = await listArchiveEvidence(user, target, campaign.id);
  if (!found) return notFoundResponse();
  const zip = evidenceZip(`${campaign.year}年度${found.title}`, found.files, found.equipment);
  return new Response(Readable.toWeb(zip) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": contentDisposition("attachment", `${campaign.year}年度佐证材料-${found.title}.zip`),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
