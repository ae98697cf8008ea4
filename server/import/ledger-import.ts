import "server-only";

import { fileTypeFromBuffer } from "file-type";

import { CLOSED_MESSAGE } from "@/lib/campaigns/rules";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Category } from "@/lib/generated/prisma/enums";
import type { RawLedgerRow } from "@/lib/import/ledger-columns";
import { readLedgerWorkbook } from "@/lib/import/read-ledger-workbook";
import {
  type ImportContext,
  type KnownEnterprise,
  ledgerLookups,
  type LedgerValidation,
  nameKey,
  type RowErrors,
  validateLedgerRows,
  type ValidRow,
} from "@/lib/import/validate-ledger";
import { checkFileName, checkSize } from "@/lib/uploads/rules";
import { writeAudit } from "@/server/audit";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { caseData, enterpriseData } from "@/server/cases/register-case-records";
import { prisma, type Tx } from "@/server/db";
import { ActionError, httpStatus } from "@/server/errors";
import { uploadLimits, xlsxReadLimits } from "@/server/policies";
import type { SessionUser } from "@/server/session";
import { storeThen } from "@/server/storage";

// The ledger import (台账导入): a dry run that writes nothing, then the import, which checks the file
// again inside its transaction and writes every row or none.

export const MAX_IMPORT_ROWS = 10_000;
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const BATCH = 1000;

export type ImportFile = { name: string; bytes: Buffer };
export type ImportRefusal = { ok: false; status: number; message: string; total?: number; errors?: RowErrors[] };
export type ImportCheck = { ok: true; total: number; errors: RowErrors[]; summary: ImportSummary };
export type ImportReport = { ok: true; fileKey: string; summary: ImportSummary };
export type ImportSummary = {
  rows: number;
  cases: Record<Category, number>;
  enterprisesCreated: number;
  enterprisesReused: number;
  /** Items of equipment (淘汰设备清单) the cases will list. */
  equipment: number;
  units: { name: string; cases: number }[];
};

/** Whose rows a user may import: the office any unit's (null), a township officer their own unit's; undefined: not at all. */
export function importUnitOf(user: SessionUser): number | null | undefined {
  if (user.role === "OFFICE") return null;
  if (user.role === "TOWNSHIP" && user.unitId !== null) return user.unitId;
  return undefined;
}

/** The file's rows, after the upload checks: a sane name, the size cap, an .xlsx by its content. */
async function readFile(file: ImportFile): Promise<{ ok: true; rows: RawLedgerRow[] } | ImportRefusal> {
  const name = checkFileName(file.name);
  if (!name.ok) return name;
  const size = checkSize(file.bytes.length, uploadLimits);
  if (!size.ok) return size;
  if ((await fileTypeFromBuffer(file.bytes))?.mime !== XLSX_MIME) {
    return {
      ok: false,
      status: 415,
      message: "请上传 Excel 工作簿（.xlsx，可先下载模板填写）；.xls、.csv 请在 Excel 中另存为 .xlsx",
    };
  }
  const read = await readLedgerWorkbook(file.bytes, MAX_IMPORT_ROWS, xlsxReadLimits());
  return read.ok ? read : { ok: false, status: 422, message: read.message };
}

/** What the validator needs to know: the units, the active outcomes, and the enterprises of the ledger the file names. */
async function loadContext(
  db: Tx,
  campaignId: number,
  ownUnitId: number | null,
  rows: RawLedgerRow[],
): Promise<ImportContext> {
  const { creditCodes, names } = ledgerLookups(rows);
  const include = {
    cases: { where: { campaignId }, select: { category: true } },
    unit: { select: { name: true, districtId: true } },
  } as const;
  // The campaign's district (docs/domain.md §市级): its units only; an enterprise of another district (credit
  // codes are unique city-wide) is refused as another unit's, without naming it.
  const { districtId } = await db.campaign.findUniqueOrThrow({
    where: { id: campaignId },
    select: { districtId: true },
  });
  const [units, outcomes, coded, named] = await Promise.all([
    db.unit.findMany({ where: { districtId }, select: { id: true, name: true }, orderBy: { displayOrder: "asc" } }),
    db.rectificationOutcome.findMany({
      where: { active: true, districtId },
      select: { id: true, name: true },
      orderBy: { displayOrder: "asc" },
    }),
    creditCodes.length ? db.enterprise.findMany({ where: { creditCode: { in: creditCodes } }, include }) : [],
    names.length
      ? db.enterprise.findMany({ where: { creditCode: null, name: { in: names }, unit: { districtId } }, include })
      : [],
  ]);
  const known = (e: (typeof coded)[number]): KnownEnterprise => ({
    id: e.id,
    unitId: e.unit.districtId === districtId ? e.unitId : -1,
    unitName: e.unit.districtId === districtId ? e.unit.name : "其他区县（市）",
    proposedByDepartmentId: e.proposedByDepartmentId,
    categories: e.cases.map((c) => c.category),
  });
  return {
    units,
    outcomes,
    ownUnitId,
    byCreditCode: new Map(coded.map((e) => [e.creditCode!, known(e)])),
    byName: new Map(named.map((e) => [nameKey(e.unitId, e.name), known(e)])),
  };
}

function summarise(v: LedgerValidation, units: ImportContext["units"]): ImportSummary {
  const cases: Record<Category, number> = { ELIMINATION: 0, RECTIFICATION: 0 };
  const perUnit = new Map<number, number>();
  for (const r of v.valid) {
    cases[r.input.category]++;
    perUnit.set(r.unitId, (perUnit.get(r.unitId) ?? 0) + 1);
  }
  const newKeys = new Set(v.valid.flatMap((r) => (r.enterprise.kind === "new" ? [r.enterprise.key] : [])));
  const reused = new Set(v.valid.flatMap((r) => (r.enterprise.kind === "existing" ? [r.enterprise.id] : [])));
  return {
    rows: v.total,
    cases,
    enterprisesCreated: newKeys.size,
    enterprisesReused: reused.size,
    equipment: v.valid.reduce((n, r) => n + r.equipment.length, 0),
    units: units.filter((u) => perUnit.has(u.id)).map((u) => ({ name: u.name, cases: perUnit.get(u.id)! })),
  };
}

async function validate(db: Tx, campaignId: number, ownUnitId: number | null, rows: RawLedgerRow[]) {
  const ctx = await loadContext(db, campaignId, ownUnitId, rows);
  const result = validateLedgerRows(rows, ctx);
  return { result, summary: summarise(result, ctx.units) };
}

/** The dry run: every row's errors, and what an import would create. Writes nothing. */
export async function checkLedgerImport(
  user: SessionUser,
  ownUnitId: number | null,
  file: ImportFile,
): Promise<ImportCheck | ImportRefusal> {
  const campaign = await getCurrentCampaign(user);
  if (campaign.closedAt) return { ok: false, status: 403, message: CLOSED_MESSAGE };
  const read = await readFile(file);
  if (!read.ok) return read;
  const { result, summary } = await validate(prisma, campaign.id, ownUnitId, read.rows);
  return { ok: true, total: result.total, errors: result.errors, summary };
}

class RowsInvalid extends Error {
  constructor(
    readonly total: number,
    readonly errors: RowErrors[],
  ) {
    super("rows invalid");
  }
}

/**
 * The import: the file is stored, then in ONE transaction the rows are checked again against the
 * ledger as it is now and, only if every row is valid, the enterprises and cases are written in
 * batches and the import is audited once (with the stored file's key). Any error: nothing is written
 * and the stored file is removed again.
 */
export async function importLedger(
  user: SessionUser,
  ownUnitId: number | null,
  file: ImportFile,
): Promise<ImportReport | ImportRefusal> {
  const campaign = await getCurrentCampaign(user);
  if (campaign.closedAt) return { ok: false, status: 403, message: CLOSED_MESSAGE };
  const read = await readFile(file);
  if (!read.ok) return read;
  try {
    return await storeThen([file.bytes], ([fileKey]) =>
      prisma.$transaction(
        async (tx) => {
          // The year may have been closed since: the same freeze as every other write, under its lock.
          await assertCampaignOpen(tx, campaign.id);
          const { result, summary } = await validate(tx, campaign.id, ownUnitId, read.rows);
          if (result.errors.length) throw new RowsInvalid(result.total, result.errors);
          await writeRows(tx, user, campaign.id, result.valid);
          await writeAudit(tx, user, "ledger.import", [
            {
              entity: "LedgerImport",
              entityId: fileKey,
              before: null,
              after: { fileKey, fileName: file.name, campaignId: campaign.id, ...summary },
            },
          ]);
          return { ok: true as const, fileKey, summary };
        },
        { maxWait: 60_000, timeout: 300_000 },
      ),
    );
  } catch (e) {
    if (e instanceof ActionError) return { ok: false, status: httpStatus[e.code], message: e.message };
    if (e instanceof RowsInvalid) {
      return {
        ok: false,
        status: 422,
        message: `有 ${e.errors.length} 行不符合要求，未导入任何数据，请修改文件后重新检查`,
        total: e.total,
        errors: e.errors,
      };
    }
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      return {
        ok: false,
        status: 409,
        message: "台账在检查后发生了变化（有人同时登记了相同的企业或整治对象），未导入任何数据，请重新检查文件",
      };
    }
    throw e;
  }
}

const chunks = <T>(xs: T[], n: number) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** New enterprises (one per key, from its first row), take-overs of proposed records, then every case — in batches. */
async function writeRows(tx: Tx, user: SessionUser, campaignId: number, rows: ValidRow[]) {
  const firstOf = new Map<string, ValidRow>();
  for (const r of rows) {
    const key = r.enterprise.kind === "new" ? r.enterprise.key : r.enterprise.id;
    if (!firstOf.has(key)) firstOf.set(key, r);
  }
  const enterpriseIds = new Map<string, string>();
  const fresh = [...firstOf].filter(([, r]) => r.enterprise.kind === "new");
  for (const batch of chunks(fresh, BATCH)) {
    const created = await tx.enterprise.createManyAndReturn({
      data: batch.map(([, r]) => enterpriseData(r.input, r.unitId)),
      select: { id: true, creditCode: true, name: true, unitId: true },
    });
    for (const e of created)
      enterpriseIds.set(e.creditCode ? `c:${e.creditCode}` : `n:${nameKey(e.unitId, e.name)}`, e.id);
  }
  for (const [id, r] of firstOf) {
    if (r.enterprise.kind === "existing" && r.enterprise.takeOver) {
      await tx.enterprise.update({
        where: { id },
        data: { ...enterpriseData(r.input, r.unitId), proposedByDepartmentId: null },
      });
    }
  }
  // 目标外 (lib/campaigns/annex.ts): rows in a category the unit's annex cell marks "/" are marked as such.
  const slash = new Set(
    (await tx.quota.findMany({ where: { campaignId, target: null }, select: { unitId: true, category: true } })).map(
      (q) => `${q.unitId}:${q.category}`,
    ),
  );
  for (const batch of chunks(rows, BATCH)) {
    const enterpriseOf = (r: ValidRow) =>
      r.enterprise.kind === "new" ? enterpriseIds.get(r.enterprise.key)! : r.enterprise.id;
    const created = await tx.case.createManyAndReturn({
      data: batch.map((r) => ({
        ...caseData(r.input, { campaignId, unitId: r.unitId, createdById: user.id, enterpriseId: enterpriseOf(r) }),
        outsideTarget: slash.has(`${r.unitId}:${r.input.category}`),
      })),
      select: { id: true, enterpriseId: true, category: true },
    });
    // 淘汰设备清单: each case's items, in the file's order (a case is one enterprise and category in the year).
    const caseOf = new Map(created.map((c) => [`${c.enterpriseId}|${c.category}`, c.id]));
    const equipment = batch.flatMap((r) =>
      r.equipment.map((item, n) => ({
        ...item,
        caseId: caseOf.get(`${enterpriseOf(r)}|${r.input.category}`)!,
        displayOrder: n,
        createdById: user.id,
      })),
    );
    if (equipment.length) await tx.caseEquipment.createMany({ data: equipment });
  }
}
