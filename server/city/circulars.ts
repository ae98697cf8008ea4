import "server-only";

import { isCityRole } from "@/lib/areas";
import { CATEGORIES, type QuotaCell } from "@/lib/campaigns/annex";
import { districtFigures } from "@/lib/city/circular";
import { asOfMoment } from "@/lib/dashboard/history";
import {
  cityCircularDocument,
  type CityFrozenFigures,
  cityIssuer,
  figuresOfDistrict,
} from "@/lib/documents/city-circular";
import { nextReferenceNo } from "@/lib/documents/reference-no";
import { renderDocx } from "@/lib/documents/render-docx";
import type { Category } from "@/lib/generated/prisma/enums";
import { readsWholeDistrict } from "@/lib/rights";
import { readDistrictRolls } from "@/server/city/city-rollup";
import { prisma, type Tx } from "@/server/db";
import { readFrozen, sha256 } from "@/server/documents/frozen-file";
import type { SessionUser } from "@/server/session";

/** The city (one per installation) whose office issues the city 通报, with its names and 机关代字. */
export function theCity(db: Tx = prisma) {
  return db.city.findFirstOrThrow({
    select: { id: true, name: true, officeName: true, officeShortName: true, docPrefix: true },
  });
}

/**
 * Every district's row as a city 通报 dated with `dataDate` states it (docs/domain.md §市级): its own dashboard's
 * district row at 统计截至 that day — read as the city roll-up reads it (server/city/city-rollup.ts readDistrictRolls:
 * each district's units rolled up by the rule of its 全区总览, the whole city in two reads) — beside the city's targets
 * of `year`, with the lag rule (lib/city/circular.ts). Districts without a campaign that year are left out. `caller`
 * must be a city account (the page's area or the action's role).
 */
export async function cityCircularFigures(
  caller: SessionUser,
  year: number,
  dataDate: Date,
  now: Date,
  db: Tx = prisma,
): Promise<CityFrozenFigures> {
  if (!isCityRole(caller.role)) throw new Error("市级通报只供市级账号");
  const at = asOfMoment(dataDate, now);
  const { rows } = await readDistrictRolls(year, at, db);
  const figures = rows.flatMap(({ district, campaign, targets, roll }) =>
    campaign && roll
      ? [
          districtFigures({
            districtId: district.id,
            name: district.name,
            targets,
            own: Object.fromEntries(
              CATEGORIES.map((c) => [
                c,
                {
                  quotaSum: roll.district[c].target,
                  accepted: roll.district[c].accepted,
                  submitted: roll.district[c].submitted,
                },
              ]),
            ) as Record<Category, { quotaSum: QuotaCell; accepted: number; submitted: number }>,
            elapsed: roll.elapsed,
            thresholdPoints: campaign.lagThresholdPoints,
            ended: roll.phase === "ENDED",
          }),
        ]
      : [],
  );
  return { at: at.toISOString(), year, districts: figures };
}

/** The 发文字号 the city office used (in `year`, or every year: its form numbers the draft on from them). */
export async function usedCityReferenceNos(year?: number, db: Tx = prisma): Promise<string[]> {
  const rows = await db.cityCircular.findMany({
    where: year === undefined ? {} : { referenceNo: { contains: `〔${year}〕` } },
    select: { referenceNo: true },
  });
  return rows.map((r) => r.referenceNo);
}

/** The next 发文字号 of the city office for `year`: one after the highest it used (甬工强办〔2020〕1号 first). */
export async function nextCityReferenceNo(docPrefix: string, year: number, db: Tx = prisma): Promise<string> {
  return nextReferenceNo(await usedCityReferenceNos(year, db), docPrefix, year);
}

/** The city 通报 as the city office and the city leader list them, newest first, with each district's 签收. */
export function listCityCirculars(take = 50) {
  return prisma.cityCircular.findMany({
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    take,
    include: {
      issuedBy: { select: { displayName: true } },
      districts: {
        orderBy: { district: { displayOrder: "asc" } },
        include: { district: { select: { name: true } }, acknowledgedBy: { select: { displayName: true } } },
      },
    },
  });
}

export type CityCircularRow = Awaited<ReturnType<typeof listCityCirculars>>[number];

/** Whether the user reads the city 通报 addressed to their own district: its office and its leader. */
function readsDistrictCopies(user: SessionUser): user is SessionUser & { districtId: number } {
  return !isCityRole(user.role) && user.districtId !== null && readsWholeDistrict(user);
}

/**
 * The city 通报 addressed to the user's district (its office and leader only; nobody else's district sees them):
 * its own copy — its own row of the figures, its own 签收 and its copy's hash — newest first.
 */
export async function listDistrictCityCirculars(user: SessionUser, take = 50) {
  if (!readsDistrictCopies(user)) return [];
  const rows = await prisma.cityCircularDistrict.findMany({
    where: { districtId: user.districtId },
    orderBy: [{ circular: { date: "desc" } }, { circular: { createdAt: "desc" } }],
    take,
    include: {
      acknowledgedBy: { select: { displayName: true } },
      circular: {
        select: {
          id: true,
          title: true,
          referenceNo: true,
          date: true,
          dataDate: true,
          body: true,
          figures: true,
          city: { select: { officeShortName: true } },
        },
      },
    },
  });
  return rows.map(({ circular, ...own }) => ({
    ...own,
    circular: { ...circular, figures: figuresOfDistrict(circular.figures as CityFrozenFigures, user.districtId) },
  }));
}

export type DistrictCityCircularRow = Awaited<ReturnType<typeof listDistrictCityCirculars>>[number];

/**
 * The .docx of a city 通报 the user may read, as frozen at issue (null otherwise: not found): the city accounts the
 * whole document; a named district's office and leader their district's copy (its own figures only).
 */
export async function getCityCircularDocument(
  user: SessionUser,
  id: string,
): Promise<{ bytes: Buffer; sha256: string; filename: string } | null> {
  const n = await prisma.cityCircular.findUnique({
    where: { id },
    include: {
      city: true,
      districts: { select: { districtId: true, documentStorageKey: true, documentSha256: true } },
    },
  });
  if (!n) return null;
  let file: { key: string | null; hash: string | null; figures: CityFrozenFigures };
  const figures = n.figures as CityFrozenFigures;
  if (isCityRole(user.role) && user.districtId === null) {
    file = { key: n.documentStorageKey, hash: n.documentSha256, figures };
  } else if (readsDistrictCopies(user)) {
    const copy = n.districts.find((d) => d.districtId === user.districtId);
    if (!copy) return null;
    file = {
      key: copy.documentStorageKey,
      hash: copy.documentSha256,
      figures: figuresOfDistrict(figures, user.districtId),
    };
  } else {
    return null;
  }
  const filename = `${n.referenceNo}-${n.title}.docx`;
  if (file.key && file.hash) {
    return { bytes: await readFrozen({ key: file.key, sha256: file.hash }), sha256: file.hash, filename };
  }
  const bytes = await renderDocx(
    cityCircularDocument({ ...n, figures: file.figures, issuer: cityIssuer(n.city) }),
    n.createdAt,
  );
  return { bytes, sha256: sha256(bytes), filename };
}
