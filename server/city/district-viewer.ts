import "server-only";

import { isCityRole } from "@/lib/areas";
import { getCurrentCampaign, listCampaignYears } from "@/server/campaigns/get-current-campaign";
import { prisma, type Tx } from "@/server/db";
import type { SessionUser } from "@/server/session";

/** The district as the city pages name it: code, names, whether its figures are 示例数据. */
export type CityDistrict = {
  id: number;
  code: string;
  name: string;
  officeName: string;
  officeShortName: string;
  docPrefix: string;
  isSample: boolean;
};

const DISTRICT_SELECT = {
  id: true,
  code: true,
  name: true,
  officeName: true,
  officeShortName: true,
  docPrefix: true,
  isSample: true,
} as const;

/**
 * 区县看板的只读下钻 (docs/domain.md §市级): the identity a city account reads one district with — a
 * read-only 区领导 of that district (LEADER: the district's figures, ledger and documents, no unit, no
 * department), made only here, only for a caller of a city role, and only from the district the URL
 * names. Passed to the district's existing reads, every scope of server/scope.ts applies to it as to the
 * district's own leader. It is never a session: actions authorise by the real session user (server/action.ts),
 * whom every action refuses. Null when the caller is not a city account or the district does not exist.
 */
export async function districtViewer(
  caller: SessionUser,
  code: string,
): Promise<{ viewer: SessionUser; district: CityDistrict } | null> {
  if (!isCityRole(caller.role) || caller.districtId !== null) return null;
  if (!/^\d{6}$/.test(code)) return null;
  const district = await prisma.district.findUnique({ where: { code }, select: DISTRICT_SELECT });
  if (!district) return null;
  return { viewer: viewerOf(caller, district), district };
}

/** The read-only leader-like identity of `district` for the city account `caller` (see districtViewer). */
export function viewerOf(caller: Pick<SessionUser, "id" | "displayName">, district: CityDistrict): SessionUser {
  return {
    id: caller.id,
    username: "",
    displayName: caller.displayName,
    role: "LEADER",
    unitId: null,
    departmentId: null,
    mustChangePassword: false,
    leadDimensions: [],
    unit: null,
    department: null,
    districtId: district.id,
    district: {
      name: district.name,
      officeName: district.officeName,
      officeShortName: district.officeShortName,
      docPrefix: district.docPrefix,
      isSample: district.isSample,
    },
  };
}

/** Every district of the city in order (for the roll-up), with its names. */
export function listCityDistricts(db: Tx = prisma): Promise<CityDistrict[]> {
  return db.district.findMany({ orderBy: { displayOrder: "asc" }, select: DISTRICT_SELECT });
}

/**
 * The district's campaign the drill-down shows: the year asked for when the district has it, else the
 * campaign its own leader sees (getCurrentCampaign within the district); null when the year asked for is not the district's,
 * or the district has no year at all.
 */
export async function districtCampaign(viewer: SessionUser, year: number | null) {
  if (year === null) {
    // A district without any year yet (a new one) has nothing to show: not found, as the roll-up's 未开展 row has no link.
    if ((await listCampaignYears(viewer)).length === 0) return null;
    return getCurrentCampaign(viewer);
  }
  return prisma.campaign.findUnique({ where: { districtId_year: { districtId: viewer.districtId ?? -1, year } } });
}
