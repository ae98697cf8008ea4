// The dry run of a ledger import: every row of the file checked against the registration rules
// (registerCaseInput, the enterprise ownership rule) and the ledger, with every error in Chinese and
// its row number. Pure: the server loads the context, this decides.
import type { z } from "zod";

import { registerCaseInput } from "@/lib/cases/case-input";
import { type LedgerEnterprise, registrationRefusal, takesOver } from "@/lib/cases/enterprise-ownership";
import { MAX_EQUIPMENT_PER_CASE } from "@/lib/cases/equipment";
import { equipmentFields, type EquipmentInput } from "@/lib/cases/equipment-input";
import { isoDay } from "@/lib/dates";
import { checkCreditCode } from "@/lib/enterprises/credit-code";
import { isCleanText } from "@/lib/fields";
import { Category, Dimension, DisposalPath, EquipmentDisposition, Industry } from "@/lib/generated/prisma/enums";
import { dimensionLabel, disposalPathLabel, equipmentDispositionLabel, industryLabel } from "@/lib/labels";

import {
  EQUIPMENT_COLUMNS,
  LEDGER_COLUMNS,
  type LedgerColumnKey,
  type RawCell,
  type RawLedgerRow,
} from "./ledger-columns";

export type RegistrationInput = z.output<typeof registerCaseInput>;
export type KnownEnterprise = LedgerEnterprise & { id: string };

export type ImportContext = {
  units: readonly { id: number; name: string }[];
  /** Active rectification outcome categories. */
  outcomes: readonly { id: number; name: string }[];
  /** A township officer's unit (rows of other units are errors); null for the office (any unit). */
  ownUnitId: number | null;
  /** Enterprises of the ledger named by the file: by credit code, and those without one by `nameKey`. */
  byCreditCode: ReadonlyMap<string, KnownEnterprise>;
  byName: ReadonlyMap<string, KnownEnterprise>;
};

/** The enterprise a valid row's case goes to: a new one (rows with the same `key` share it) or one in the ledger. */
export type RowEnterprise = { kind: "new"; key: string } | { kind: "existing"; id: string; takeOver: boolean };
/** A case to create: its registration, its enterprise, and its equipment (淘汰设备清单) from its own row and the item rows after it. */
export type ValidRow = {
  row: number;
  unitId: number;
  input: RegistrationInput;
  enterprise: RowEnterprise;
  equipment: EquipmentInput[];
};
export type RowErrors = { row: number; name: string; errors: string[] };
export type LedgerValidation = { total: number; valid: ValidRow[]; errors: RowErrors[] };

/** Key of an enterprise without a credit code: same unit, same name. */
export const nameKey = (unitId: number, name: string) => `${unitId}|${name}`;

const HEADING = Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.key, c.heading])) as Record<LedgerColumnKey, string>;

// zod paths of registerCaseInput → the file's column.
const FIELD_COLUMN: Record<string, LedgerColumnKey> = {
  enterpriseName: "name",
  creditCode: "creditCode",
  industry: "industry",
  address: "address",
  contactName: "contactName",
  contactPhone: "contactPhone",
  category: "category",
  disposalPath: "disposal",
  outcomeId: "outcome",
  dimensions: "dimensions",
  deadline: "deadline",
};

/** Text of a cell; numbers as typed; an Excel date as its day. */
function cellText(v: RawCell | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return isoDay(v);
  return String(v).trim();
}

const bare = (s: string) => s.replace(/[\s“”"'‘’「」]/g, "");
const invert = <K extends string>(labels: Record<K, string>) =>
  new Map(Object.entries(labels).map(([k, v]) => [bare(v as string), k as K]));

const INDUSTRIES = invert<Industry>(industryLabel);
const DIMENSIONS = invert<Dimension>(dimensionLabel);
const DISPOSALS = new Map<string, DisposalPath>([
  ...invert<DisposalPath>(disposalPathLabel),
  ["拆除", DisposalPath.DISMANTLED],
]);
const CATEGORIES = new Map<string, Category>([
  ["淘汰落后产能", Category.ELIMINATION],
  ["淘汰", Category.ELIMINATION],
  ["低散乱整治提升", Category.RECTIFICATION],
  ["整治提升", Category.RECTIFICATION],
]);
const DISPOSITIONS = new Map<string, EquipmentDisposition>([
  ...invert<EquipmentDisposition>(equipmentDispositionLabel),
  ["报废", EquipmentDisposition.SCRAPPED],
  ["拆除", EquipmentDisposition.SCRAPPED],
  ["转移", EquipmentDisposition.TRANSFERRED],
  ["转移外地", EquipmentDisposition.TRANSFERRED],
  ["封存", EquipmentDisposition.SEALED_ON_SITE],
  ["原地封存", EquipmentDisposition.SEALED_ON_SITE],
]);
const list = (labels: Record<string, string>) => Object.values(labels).join("、");

/** The case's own columns: on an item row after the first they may be left empty, or must agree with it. */
const CASE_DETAIL_COLUMNS: LedgerColumnKey[] = [
  "industry",
  "address",
  "contactName",
  "contactPhone",
  "disposal",
  "outcome",
  "dimensions",
  "deadline",
];

// zod paths of the equipment item → the file's column.
const EQUIPMENT_FIELD_COLUMN: Record<string, LedgerColumnKey> = {
  name: "equipmentName",
  model: "equipmentModel",
  quantity: "equipmentQuantity",
  capacity: "equipmentCapacity",
  capacityUnit: "equipmentCapacityUnit",
  disposition: "equipmentDisposition",
  destination: "equipmentDestination",
};

type EquipmentRead = { item: EquipmentInput | null; errors: string[] };

/**
 * The item of equipment on a row (淘汰设备清单), checked by the case page's own rules; null when the row
 * names none. Only eliminations list equipment.
 */
function readEquipment(cells: RawLedgerRow["cells"], category: Category | undefined): EquipmentRead {
  const filled = EQUIPMENT_COLUMNS.filter((c) => cellText(cells[c]) !== "");
  if (!filled.length) return { item: null, errors: [] };
  if (category === "RECTIFICATION")
    return { item: null, errors: ["“低散乱”整治提升类不填设备（设备清单只用于淘汰落后产能类）"] };
  const errors: string[] = [];
  const dispositionText = cellText(cells.equipmentDisposition);
  const disposition = DISPOSITIONS.get(bare(dispositionText));
  if (dispositionText && !disposition)
    errors.push(`设备去向“${dispositionText}”无效，可填：${list(equipmentDispositionLabel)}（暂不确定可空）`);
  const number = (v: RawCell | undefined) => (typeof v === "number" ? v : cellText(v));
  const parsed = equipmentFields.safeParse({
    name: cellText(cells.equipmentName),
    model: cellText(cells.equipmentModel),
    quantity: number(cells.equipmentQuantity),
    capacity: number(cells.equipmentCapacity),
    capacityUnit: cellText(cells.equipmentCapacityUnit),
    disposition: disposition ?? null,
    destination: cellText(cells.equipmentDestination),
    evidenceId: null,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const col = EQUIPMENT_FIELD_COLUMN[String(issue.path[0])];
      const message =
        col === "equipmentName" && issue.message === "请填写设备名称" ? "填了设备各列时请填写设备名称" : issue.message;
      errors.push(
        col && !message.includes(HEADING[col]) && col !== "equipmentName" ? `${HEADING[col]}：${message}` : message,
      );
    }
  }
  return { item: parsed.success && !errors.length ? parsed.data : null, errors };
}

/** The case a row belongs to, from the text of its unit, credit code (or name) and category; null while any is missing. */
function caseKeyOf(cells: RawLedgerRow["cells"]): string | null {
  const unit = bare(cellText(cells.unit));
  const code = cellText(cells.creditCode).toUpperCase();
  const name = cellText(cells.name);
  const category = CATEGORIES.get(bare(cellText(cells.category)));
  if (!unit || !category || (!code && !name)) return null;
  return `${unit}|${code ? `c:${code}` : `n:${name}`}|${category}`;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell, or text like 2020-10-31, 2020/10/31, 2020.10.31, 2020年10月31日 → "YYYY-MM-DD"; null if not a date. */
export function dateCell(v: RawCell | undefined): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : isoDay(v);
  if (typeof v === "number") {
    // A date typed into a cell formatted as a number: Excel's serial day.
    return Number.isInteger(v) && v > 0 && v < 2_958_466 ? isoDay(new Date(EXCEL_EPOCH + v * 86_400_000)) : null;
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cellText(v));
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : null;
}

/** The columns of a row holding control characters (a NUL, say): refused at the field, before anything else is checked or looked up. */
function dirtyColumns(cells: RawLedgerRow["cells"]): LedgerColumnKey[] {
  return LEDGER_COLUMNS.filter((c) => !isCleanText(cellText(cells[c.key]))).map((c) => c.key);
}

/** The credit codes and names (of rows without a code) the server must look up in the ledger: only of rows whose cells pass the field check. */
export function ledgerLookups(rows: RawLedgerRow[]): { creditCodes: string[]; names: string[] } {
  const creditCodes = new Set<string>();
  const names = new Set<string>();
  for (const { cells } of rows) {
    if (dirtyColumns(cells).length) continue;
    const code = checkCreditCode(cellText(cells.creditCode));
    if (code.ok) creditCodes.add(code.code);
    else if (!cellText(cells.creditCode) && cellText(cells.name)) names.add(cellText(cells.name));
  }
  return { creditCodes: [...creditCodes], names: [...names] };
}

export function validateLedgerRows(rows: RawLedgerRow[], ctx: ImportContext): LedgerValidation {
  const units = new Map(ctx.units.map((u) => [bare(u.name), u]));
  const outcomes = new Map(ctx.outcomes.map((o) => [bare(o.name), o.id]));
  const own = ctx.units.find((u) => u.id === ctx.ownUnitId);
  /** First row of each enterprise+category, and each credit code's unit, within the file. */
  const seen = new Map<string, number>();
  const codeUnit = new Map<string, { row: number; unitId: number }>();
  const valid: ValidRow[] = [];
  const errors: RowErrors[] = [];
  /** Each case's first row (its cells, and its valid row once checked): later rows with a 设备名称 add items to it. */
  const firstOfCase = new Map<string, { row: number; cells: RawLedgerRow["cells"]; valid?: ValidRow }>();

  for (const { row, cells } of rows) {
    const dirty = dirtyColumns(cells);
    if (dirty.length) {
      const name = [...cellText(cells.name)].filter(isCleanText).join("");
      errors.push({
        row,
        name,
        errors: dirty.map((col) => `${HEADING[col]}含有不允许的字符（不可见的控制字符），请在 Excel 中重新输入`),
      });
      continue;
    }
    // An item row: the same case as an earlier row, naming one more item of its equipment.
    const caseKey = caseKeyOf(cells);
    const first = caseKey ? firstOfCase.get(caseKey) : undefined;
    if (first && cellText(cells.equipmentName)) {
      const errs = CASE_DETAIL_COLUMNS.filter((col) => {
        const mine = cellText(cells[col]);
        return mine !== "" && bare(mine) !== bare(cellText(first.cells[col]));
      }).map((col) => `${HEADING[col]}与第 ${first.row} 行（同一企业的整治对象）不一致；设备行的整治对象各列可留空`);
      const equipment = readEquipment(cells, CATEGORIES.get(bare(cellText(cells.category))));
      errs.push(...equipment.errors);
      if (first.valid && first.valid.equipment.length >= MAX_EQUIPMENT_PER_CASE)
        errs.push(`一个整治对象最多登记 ${MAX_EQUIPMENT_PER_CASE} 项设备`);
      if (errs.length) errors.push({ row, name: cellText(cells.name), errors: errs });
      else if (first.valid && equipment.item) first.valid.equipment.push(equipment.item);
      continue;
    }
    if (caseKey && !first) firstOfCase.set(caseKey, { row, cells });

    const errs: string[] = [];
    const reported = new Set<LedgerColumnKey>();
    const fail = (col: LedgerColumnKey, message: string) => {
      reported.add(col);
      errs.push(message);
    };
    const text = (col: LedgerColumnKey) => cellText(cells[col]);

    // 所属单位
    const unitText = text("unit");
    const unit = unitText ? units.get(bare(unitText)) : undefined;
    if (!unitText) fail("unit", "请填写所属单位");
    else if (!unit) fail("unit", `所属单位“${unitText}”不是本区的镇（乡）、街道或园区，请填写全称（如“集士港镇”）`);
    else if (ctx.ownUnitId !== null && unit.id !== ctx.ownUnitId) {
      fail("unit", `所属单位“${unit.name}”不是本单位${own ? `（${own.name}）` : ""}，只能导入本单位的企业`);
    }

    // 统一社会信用代码: numbers lose digits in Excel.
    if (typeof cells.creditCode === "number")
      fail("creditCode", "统一社会信用代码：请以文本格式填写（数字格式会丢失位数）");

    // 行业, 类别, 处置方式, 整治结果, 涉及方面, 整改期限: labels to codes.
    const industryText = text("industry");
    const industry = INDUSTRIES.get(bare(industryText));
    if (!industryText) fail("industry", "请填写行业");
    else if (!industry) fail("industry", `行业“${industryText}”无效，可填：${list(industryLabel)}`);

    const categoryText = text("category");
    const category = CATEGORIES.get(bare(categoryText));
    if (!categoryText) fail("category", "请填写类别");
    else if (!category) fail("category", `类别“${categoryText}”无效，可填：淘汰落后产能、“低散乱”整治提升`);

    const disposalText = text("disposal");
    const disposalPath = DISPOSALS.get(bare(disposalText));
    if (category === "ELIMINATION" && !disposalText)
      fail("disposal", "淘汰落后产能类请填写处置方式（拆除主体设备或封存）");
    else if (disposalText && category === "RECTIFICATION")
      fail("disposal", "“低散乱”整治提升类不填处置方式（填在“整治结果”）");
    else if (disposalText && !disposalPath)
      fail("disposal", `处置方式“${disposalText}”无效，可填：${list(disposalPathLabel)}`);

    const outcomeText = text("outcome");
    const outcomeId = outcomes.get(bare(outcomeText));
    if (outcomeText && category === "ELIMINATION") fail("outcome", "淘汰落后产能类不填整治结果（填在“处置方式”）");
    else if (outcomeText && outcomeId === undefined) {
      fail("outcome", `整治结果“${outcomeText}”无效，可填：${ctx.outcomes.map((o) => o.name).join("、")}`);
    }

    const dimensionParts = text("dimensions")
      .split(/[、，,；;/\s]+/)
      .filter(Boolean);
    const dimensions = dimensionParts.map((d) => DIMENSIONS.get(bare(d)));
    const unknown = dimensionParts.filter((_, i) => !dimensions[i]);
    if (!dimensionParts.length) fail("dimensions", "请填写涉及方面");
    else if (unknown.length)
      fail("dimensions", `涉及方面“${unknown.join("、")}”无效，可填：${list(dimensionLabel)}（多个用“、”分隔）`);

    const deadlineText = text("deadline");
    const deadline = cells.deadline === null || cells.deadline === undefined ? "" : dateCell(cells.deadline);
    if (deadline === null) fail("deadline", `整改期限“${deadlineText}”不是日期，请填写如 2020-10-31`);

    // The row's own item of equipment (淘汰设备清单), if it names one.
    const equipment = readEquipment(cells, category);
    errs.push(...equipment.errors);

    // The registration rules themselves (lengths, characters, the credit code's check digit, date range).
    const parsed = registerCaseInput.safeParse({
      enterpriseName: text("name"),
      creditCode: reported.has("creditCode") ? null : text("creditCode"),
      industry: industry ?? Industry.OTHER,
      category: category ?? Category.RECTIFICATION,
      address: text("address"),
      contactName: text("contactName"),
      contactPhone: text("contactPhone"),
      disposalPath: disposalPath ?? null,
      outcomeId: outcomeId ?? null,
      dimensions: dimensions.length && !unknown.length ? dimensions : [Dimension.ENERGY],
      deadline: deadline ?? "",
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const col = FIELD_COLUMN[String(issue.path[0])];
        if (col && reported.has(col)) continue;
        const prefix =
          col && !["name"].includes(col) && !issue.message.includes(HEADING[col]) ? `${HEADING[col]}：` : "";
        errs.push(`${prefix}${issue.message}`);
      }
    }

    // Duplicates within the file and against the ledger (only for rows whose own fields are sound).
    if (!errs.length && parsed.success && unit && category) {
      const input = parsed.data;
      const key = input.creditCode ? `c:${input.creditCode}` : `n:${nameKey(unit.id, input.enterpriseName)}`;
      const first = seen.get(`${key}|${category}`);
      const sameCode = input.creditCode ? codeUnit.get(input.creditCode) : undefined;
      if (first !== undefined) errs.push(`与第 ${first} 行重复（同一企业、同一类别只能登记一件）`);
      else if (sameCode && sameCode.unitId !== unit.id)
        errs.push(`统一社会信用代码与第 ${sameCode.row} 行相同，但所属单位不同`);
      const existing =
        (input.creditCode
          ? ctx.byCreditCode.get(input.creditCode)
          : ctx.byName.get(nameKey(unit.id, input.enterpriseName))) ?? null;
      const refusal = registrationRefusal(existing, unit.id, category);
      if (refusal) errs.push(`台账中已有：${refusal}`);
      if (!errs.length) {
        seen.set(`${key}|${category}`, row);
        if (input.creditCode) codeUnit.set(input.creditCode, { row, unitId: unit.id });
        const validRow: ValidRow = {
          row,
          unitId: unit.id,
          input,
          enterprise: existing
            ? { kind: "existing", id: existing.id, takeOver: takesOver(existing) }
            : { kind: "new", key },
          equipment: equipment.item ? [equipment.item] : [],
        };
        valid.push(validRow);
        const firstRow = caseKey ? firstOfCase.get(caseKey) : undefined;
        if (firstRow?.row === row) firstRow.valid = validRow;
      }
    }
    if (errs.length) errors.push({ row, name: text("name"), errors: errs });
  }
  return { total: rows.length, valid, errors };
}
