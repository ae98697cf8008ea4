import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/session";

// The statement's row: the session user with its unit's and department's names flat.
type Row = Omit<SessionUser, "unit" | "department" | "district"> & {
  unitName: string | null;
  departmentName: string | null;
  districtName: string | null;
  officeName: string | null;
  officeShortName: string | null;
  docPrefix: string | null;
  isSample: boolean | null;
};

/**
 * What every request knows about its user; null when the account is missing or deactivated, or
 * (when given) its session version has moved on since the session began. One statement (every request
 * pays for it): the account, its unit's and department's names, and the dimensions of the task lines
 * its department leads (a lead department reviews the cases in those dimensions).
 */
export async function loadSessionUser(id: string, sessionVersion?: number): Promise<SessionUser | null> {
  const [user] = await prisma.$queryRaw<Row[]>`
    SELECT u.id, u.username, u."displayName", u.role, u."unitId", u."departmentId", u."mustChangePassword",
           un.name AS "unitName", d.name AS "departmentName", u."districtId", di.name AS "districtName",
           di."officeName", di."officeShortName", di."docPrefix", di."isSample",
           coalesce((SELECT array_agg(DISTINCT t.dimension::text ORDER BY t.dimension::text)
                     FROM "TaskLineLead" l JOIN "TaskLine" t ON t.id = l."taskLineId" WHERE l."departmentId" = u."departmentId"), '{}') AS "leadDimensions"
    FROM "User" u LEFT JOIN "Unit" un ON un.id = u."unitId" LEFT JOIN "Department" d ON d.id = u."departmentId"
         LEFT JOIN "District" di ON di.id = u."districtId"
    WHERE u.id = ${id} AND u.active ${sessionVersion === undefined ? Prisma.empty : Prisma.sql`AND u."sessionVersion" = ${sessionVersion}`}`;
  if (!user) return null;
  const { unitName, departmentName, districtName, officeName, officeShortName, docPrefix, isSample, ...rest } = user;
  return {
    ...rest,
    unit: unitName === null ? null : { name: unitName },
    department: departmentName === null ? null : { name: departmentName },
    district:
      districtName === null
        ? null
        : {
            name: districtName,
            officeName: officeName ?? "",
            officeShortName: officeShortName ?? "",
            docPrefix: docPrefix ?? "",
            isSample: isSample ?? false,
          },
  };
}
