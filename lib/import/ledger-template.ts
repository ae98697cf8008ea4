// 台账导入模板.xlsx: the heading row the reader looks for, drop-down lists for the coded columns, the
// credit code column as text (so Excel keeps all 18 characters), and a sheet explaining each column.
import type ExcelJS from "exceljs";

import { CAPACITY_UNITS } from "@/lib/cases/equipment";
import { newWorkbook } from "@/lib/exports/xlsx";
import {
  categoryLabel,
  dimensionLabel,
  disposalPathLabel,
  equipmentDispositionLabel,
  industryLabel,
} from "@/lib/labels";

import { LEDGER_COLUMNS, type LedgerColumnKey, type RawCell } from "./ledger-columns";

export const TEMPLATE_SHEET = "台账导入";
const ROWS_WITH_LISTS = 5000;

// exceljs validates a whole range at run time (worksheet.dataValidations), but its typings lack it.
type RangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

const letter = (i: number) => String.fromCharCode(65 + i);

export async function ledgerTemplate(opts: {
  units: string[];
  outcomes: string[];
  /** Filled-in rows (examples, tests). */
  rows?: Partial<Record<LedgerColumnKey, RawCell>>[];
}): Promise<ArrayBuffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(TEMPLATE_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = LEDGER_COLUMNS.map((c) => ({
    header: c.heading,
    key: c.key,
    width:
      (
        {
          name: 28,
          creditCode: 22,
          address: 28,
          category: 18,
          dimensions: 22,
          outcome: 14,
          disposal: 14,
          deadline: 14,
          equipmentName: 20,
          equipmentModel: 14,
          equipmentQuantity: 10,
          equipmentCapacity: 12,
          equipmentCapacityUnit: 12,
          equipmentDisposition: 12,
          equipmentDestination: 28,
        } as Record<string, number>
      )[c.key] ?? 12,
    style:
      c.key === "creditCode" || c.key === "contactPhone"
        ? { numFmt: "@" }
        : c.key === "deadline"
          ? { numFmt: "yyyy-mm-dd" }
          : {},
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  LEDGER_COLUMNS.forEach((c, i) => {
    if (c.required) head.getCell(i + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE9D9" } };
    head.getCell(i + 1).note = `${c.required ? "必填。" : ""}${c.note}`;
  });
  const lists: Partial<Record<LedgerColumnKey, string[]>> = {
    unit: opts.units,
    industry: Object.values(industryLabel),
    category: Object.values(categoryLabel),
    disposal: Object.values(disposalPathLabel),
    outcome: opts.outcomes,
    equipmentDisposition: Object.values(equipmentDispositionLabel),
  };
  LEDGER_COLUMNS.forEach((c, i) => {
    const values = lists[c.key];
    const formula = values && `"${values.join(",")}"`;
    // Excel caps an inline list at 255 characters; longer lists are explained on the second sheet.
    if (!formula || formula.length > 255) return;
    const col = letter(i);
    (ws as unknown as RangeValidations).dataValidations.add(`${col}2:${col}${ROWS_WITH_LISTS + 1}`, {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorTitle: "请从列表中选择",
      error: `可填：${values.join("、")}`,
    });
  });
  for (const row of opts.rows ?? []) ws.addRow(row);

  const help = wb.addWorksheet("填写说明");
  help.columns = [
    { header: "列名", width: 18 },
    { header: "是否必填", width: 10 },
    { header: "说明", width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of LEDGER_COLUMNS) help.addRow([c.heading, c.required ? "必填" : "选填", c.note]);
  help.addRow([]);
  help.addRow(["所属单位可填", "", opts.units.join("、")]);
  help.addRow(["涉及方面可填", "", Object.values(dimensionLabel).join("、")]);
  help.addRow(["整治结果可填", "", opts.outcomes.join("、")]);
  help.addRow(["设备去向可填", "", Object.values(equipmentDispositionLabel).join("、")]);
  help.addRow(["产能或功率单位", "", `${CAPACITY_UNITS.join("、")}，或其他单位`]);
  help.addRow([
    "说明",
    "",
    "第一行为列名，请勿修改；数据从第二行起，每行一个整治对象。同一企业可分别登记淘汰和整治提升各一件。导入前先“检查文件”，全部无误才能导入。",
  ]);
  help.addRow([
    "设备清单",
    "",
    "淘汰落后产能类在“设备名称”至“转移去向地”各列填写主要设备和生产线，一行一项。同一企业有多项设备的，第一项与整治对象同一行，其余每项另起一行：所属单位、企业名称、统一社会信用代码、类别与第一行相同，其余整治对象各列留空或与第一行相同。例：某铸造厂有 2 台电炉和 1 条造型线，填 2 行（电炉一行数量填 2，造型线一行）。",
  ]);
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
