import { describe, expect, it } from "vitest";

import { creditCheckChar } from "@/lib/enterprises/credit-code";
import type { LedgerColumnKey, RawCell, RawLedgerRow } from "@/lib/import/ledger-columns";
import { ledgerTemplate } from "@/lib/import/ledger-template";
import { readLedgerWorkbook } from "@/lib/import/read-ledger-workbook";
import {
  dateCell,
  type ImportContext,
  type KnownEnterprise,
  ledgerLookups,
  nameKey,
  validateLedgerRows,
} from "@/lib/import/validate-ledger";

const code = (n: number) => {
  const body = `91330203MA2${String(n).padStart(6, "0")}`;
  return body + creditCheckChar(body);
};
const UNITS = [
  { id: 1, name: "集士港镇" },
  { id: 2, name: "古林镇" },
];
const OUTCOMES = [
  { id: 10, name: "规范提升" },
  { id: 11, name: "整合入园" },
];
const ctx = (over: Partial<ImportContext> = {}): ImportContext => ({
  units: UNITS,
  outcomes: OUTCOMES,
  ownUnitId: null,
  byCreditCode: new Map(),
  byName: new Map(),
  ...over,
});

type Cells = Partial<Record<LedgerColumnKey, RawCell>>;
const elimination: Cells = {
  unit: "集士港镇",
  name: "宁波某铸造厂",
  creditCode: code(1),
  industry: "铸造",
  category: "淘汰落后产能",
  disposal: "拆除主体设备",
  dimensions: "能耗、环保",
  deadline: "2020-10-31",
};
const rectification: Cells = {
  unit: "古林镇",
  name: "某食品作坊",
  creditCode: null,
  industry: "食品",
  category: "“低散乱”整治提升",
  outcome: "规范提升",
  dimensions: "经营场所",
};
const rows = (...cells: Cells[]): RawLedgerRow[] => cells.map((c, i) => ({ row: i + 2, cells: c }));
const errorsOf = (cells: Cells, context = ctx()) =>
  validateLedgerRows(rows(cells), context).errors.flatMap((e) => e.errors);

describe("ledger import validator: sound rows", () => {
  it("accepts an elimination and a rectification row, mapping the Chinese labels to the registration input", () => {
    const v = validateLedgerRows(rows(elimination, rectification), ctx());
    expect(v.errors).toEqual([]);
    expect(v.valid).toHaveLength(2);
    expect(v.valid[0]).toMatchObject({
      row: 2,
      unitId: 1,
      enterprise: { kind: "new", key: `c:${code(1)}` },
      input: {
        enterpriseName: "宁波某铸造厂",
        creditCode: code(1),
        industry: "FOUNDRY",
        category: "ELIMINATION",
        disposalPath: "DISMANTLED",
        dimensions: ["ENERGY", "ENVIRONMENT"],
      },
    });
    expect(v.valid[0].input.deadline?.toISOString()).toBe("2020-10-31T00:00:00.000Z");
    expect(v.valid[1]).toMatchObject({
      unitId: 2,
      input: { category: "RECTIFICATION", outcomeId: 10, creditCode: null, dimensions: ["PREMISES"] },
    });
  });

  it("lets one enterprise have one case of each category in the same file, sharing the new enterprise", () => {
    const v = validateLedgerRows(rows(elimination, { ...elimination, category: "整治提升", disposal: null }), ctx());
    expect(v.errors).toEqual([]);
    expect(v.valid.map((r) => r.enterprise)).toEqual([
      { kind: "new", key: `c:${code(1)}` },
      { kind: "new", key: `c:${code(1)}` },
    ]);
  });

  it("reads Excel date cells, serial numbers and text dates alike", () => {
    expect(dateCell(new Date(Date.UTC(2020, 9, 31)))).toBe("2020-10-31");
    expect(dateCell(44135)).toBe("2020-10-31");
    for (const t of ["2020-10-31", "2020/10/31", "2020.10.31", "2020年10月31日", "2020-10-31 "])
      expect(dateCell(t)).toBe("2020-10-31");
    expect(dateCell("2020/1/5")).toBe("2020-01-05");
    expect(dateCell("十月底")).toBeNull();
  });

  it("names the credit codes and the code-less names to look up in the ledger", () => {
    expect(ledgerLookups(rows(elimination, rectification, { ...elimination, creditCode: "坏代码" }))).toEqual({
      creditCodes: [code(1)],
      names: ["某食品作坊"],
    });
  });
});

describe("ledger import validator: one error kind each, in Chinese with the row number", () => {
  it("a missing required field", () => {
    const v = validateLedgerRows(
      rows({ ...elimination, unit: null, industry: null, category: " ", dimensions: null, name: null }),
      ctx(),
    );
    expect(v.errors).toEqual([
      {
        row: 2,
        name: "",
        errors: expect.arrayContaining([
          "请填写所属单位",
          "请填写行业",
          "请填写类别",
          "请填写涉及方面",
          "请填写企业（作坊）名称",
        ]),
      },
    ]);
    expect(v.valid).toEqual([]);
  });

  it("a credit code failing GB 32100", () => {
    const wrong = code(1).slice(0, 17) + (code(1)[17] === "0" ? "1" : "0");
    expect(errorsOf({ ...elimination, creditCode: wrong })).toEqual([
      expect.stringMatching(/^统一社会信用代码：校验位错误/),
    ]);
    expect(errorsOf({ ...elimination, creditCode: "91330203MA2" })).toEqual(["统一社会信用代码应为18位，当前为11位"]);
  });

  it("a credit code typed as a number (Excel drops digits)", () => {
    expect(errorsOf({ ...elimination, creditCode: 913302031234567800 })).toEqual([
      "统一社会信用代码：请以文本格式填写（数字格式会丢失位数）",
    ]);
  });

  it("an unknown unit", () => {
    expect(errorsOf({ ...elimination, unit: "集士港" })).toEqual([
      "所属单位“集士港”不是本区的镇（乡）、街道或园区，请填写全称（如“集士港镇”）",
    ]);
  });

  it("another unit's row in a township's file", () => {
    expect(errorsOf({ ...rectification }, ctx({ ownUnitId: 1 }))).toEqual([
      "所属单位“古林镇”不是本单位（集士港镇），只能导入本单位的企业",
    ]);
    expect(errorsOf({ ...elimination }, ctx({ ownUnitId: 1 }))).toEqual([]);
  });

  it("an unknown category", () => {
    expect(errorsOf({ ...elimination, category: "关停" })).toEqual([
      "类别“关停”无效，可填：淘汰落后产能、“低散乱”整治提升",
    ]);
  });

  it("an unknown industry", () => {
    expect(errorsOf({ ...elimination, industry: "钢铁" })).toEqual([
      "行业“钢铁”无效，可填：铸造、建材、食品、金属表面处理、其他",
    ]);
  });

  it("an unknown dimension", () => {
    expect(errorsOf({ ...elimination, dimensions: "能耗、噪声" })).toEqual([
      expect.stringMatching(/^涉及方面“噪声”无效/),
    ]);
  });

  it("an elimination without a disposal path, or with an unknown one", () => {
    expect(errorsOf({ ...elimination, disposal: null })).toEqual([
      "淘汰落后产能类请填写处置方式（拆除主体设备或封存）",
    ]);
    expect(errorsOf({ ...elimination, disposal: "搬迁" })).toEqual(["处置方式“搬迁”无效，可填：拆除主体设备、封存"]);
  });

  it("a field of the other category", () => {
    expect(errorsOf({ ...rectification, disposal: "封存" })).toEqual([
      "“低散乱”整治提升类不填处置方式（填在“整治结果”）",
    ]);
    expect(errorsOf({ ...elimination, outcome: "规范提升" })).toEqual(["淘汰落后产能类不填整治结果（填在“处置方式”）"]);
  });

  it("an outcome that is not an active category", () => {
    expect(errorsOf({ ...rectification, outcome: "关停淘汰" })).toEqual([
      "整治结果“关停淘汰”无效，可填：规范提升、整合入园",
    ]);
  });

  it("a date that is not a date, or out of range", () => {
    expect(errorsOf({ ...elimination, deadline: "十月底" })).toEqual(["整改期限“十月底”不是日期，请填写如 2020-10-31"]);
    expect(errorsOf({ ...elimination, deadline: "2020-02-30" })).toEqual(["请填写整改期限（年-月-日）"]);
    expect(errorsOf({ ...elimination, deadline: "1999-12-31" })).toEqual(["整改期限应在 2000—2100 年之间"]);
  });

  it("text too long or with control characters", () => {
    expect(errorsOf({ ...elimination, address: "地".repeat(201) })).toEqual(["地址最多200字"]);
    expect(errorsOf({ ...elimination, name: "某厂\u0000" })).toEqual([
      "企业名称含有不允许的字符（不可见的控制字符），请在 Excel 中重新输入",
    ]);
  });

  it("a duplicate within the file (same credit code and category; same unit and name without a code)", () => {
    const v = validateLedgerRows(
      rows(elimination, rectification, { ...elimination, name: "改了名字" }, rectification),
      ctx(),
    );
    expect(v.errors).toEqual([
      { row: 4, name: "改了名字", errors: ["与第 2 行重复（同一企业、同一类别只能登记一件）"] },
      { row: 5, name: "某食品作坊", errors: ["与第 3 行重复（同一企业、同一类别只能登记一件）"] },
    ]);
  });

  it("the same credit code under two units in the file", () => {
    const v = validateLedgerRows(
      rows(elimination, { ...elimination, unit: "古林镇", category: "整治提升", disposal: null }),
      ctx(),
    );
    expect(v.errors).toEqual([
      { row: 3, name: "宁波某铸造厂", errors: ["统一社会信用代码与第 2 行相同，但所属单位不同"] },
    ]);
  });

  it("a duplicate against the ledger: the enterprise already has a case of that category this campaign", () => {
    const known: KnownEnterprise = {
      id: "ent1",
      unitId: 1,
      unitName: "集士港镇",
      proposedByDepartmentId: null,
      categories: ["ELIMINATION"],
    };
    expect(errorsOf(elimination, ctx({ byCreditCode: new Map([[code(1), known]]) }))).toEqual([
      "台账中已有：该企业本年度已登记“淘汰落后产能”整治对象，不能重复登记",
    ]);
    const workshop: KnownEnterprise = {
      id: "ent2",
      unitId: 2,
      unitName: "古林镇",
      proposedByDepartmentId: null,
      categories: ["RECTIFICATION"],
    };
    expect(errorsOf(rectification, ctx({ byName: new Map([[nameKey(2, "某食品作坊"), workshop]]) }))).toEqual([
      "台账中已有：该企业本年度已登记““低散乱”整治提升”整治对象，不能重复登记",
    ]);
  });

  it("a credit code the ledger has under another unit, registered or only proposed there by a department", () => {
    for (const proposedByDepartmentId of [null, 5]) {
      const known: KnownEnterprise = {
        id: "ent1",
        unitId: 2,
        unitName: "古林镇",
        proposedByDepartmentId,
        categories: [],
      };
      expect(errorsOf(elimination, ctx({ byCreditCode: new Map([[code(1), known]]) }))).toEqual([
        "台账中已有：该统一社会信用代码的企业属于古林镇，如需变更归属请联系区工强办",
      ]);
    }
  });

  it("a control character in any cell is refused at its field, and its name and code are never looked up", () => {
    const nul = { ...elimination, name: "宁波\u0000铸造厂", address: "古林镇\u0007某村" };
    const v = validateLedgerRows(rows(nul, rectification), ctx());
    expect(v.errors).toEqual([
      {
        row: 2,
        name: "宁波铸造厂",
        errors: [
          "企业名称含有不允许的字符（不可见的控制字符），请在 Excel 中重新输入",
          "地址含有不允许的字符（不可见的控制字符），请在 Excel 中重新输入",
        ],
      },
    ]);
    expect(ledgerLookups(rows(nul, { ...rectification, name: "某\u0000作坊" }))).toEqual({
      creditCodes: [],
      names: [],
    });
  });
});

describe("ledger import validator: enterprises already in the ledger", () => {
  it("reuses the unit's own enterprise for a case of the other category, and takes over one a department proposed in that unit", () => {
    const own: KnownEnterprise = {
      id: "own",
      unitId: 1,
      unitName: "集士港镇",
      proposedByDepartmentId: null,
      categories: ["RECTIFICATION"],
    };
    const proposed: KnownEnterprise = {
      id: "prop",
      unitId: 1,
      unitName: "集士港镇",
      proposedByDepartmentId: 5,
      categories: [],
    };
    const v = validateLedgerRows(
      rows(elimination, { ...elimination, creditCode: code(2), name: "部门建议的企业" }),
      ctx({
        byCreditCode: new Map([
          [code(1), own],
          [code(2), proposed],
        ]),
      }),
    );
    expect(v.errors).toEqual([]);
    expect(v.valid.map((r) => r.enterprise)).toEqual([
      { kind: "existing", id: "own", takeOver: false },
      { kind: "existing", id: "prop", takeOver: true },
    ]);
  });

  it("reports every error of every row, not only the first", () => {
    const v = validateLedgerRows(
      rows({ ...elimination, industry: "钢铁", dimensions: "噪声" }, elimination, { ...rectification, unit: "月湖" }),
      ctx(),
    );
    expect(v.total).toBe(3);
    expect(v.errors.map((e) => [e.row, e.errors.length])).toEqual([
      [2, 2],
      [4, 1],
    ]);
  });
});

describe("the template", () => {
  it("round trip: the downloadable template with sample rows reads back and validates", async () => {
    const buffer = Buffer.from(
      await ledgerTemplate({
        units: UNITS.map((u) => u.name),
        outcomes: OUTCOMES.map((o) => o.name),
        rows: [{ ...elimination, deadline: new Date(Date.UTC(2020, 9, 31)) }, rectification],
      }),
    );
    const read = await readLedgerWorkbook(buffer, 100);
    if (!read.ok) throw new Error(read.message);
    expect(read.rows.map((r) => r.row)).toEqual([2, 3]);
    const v = validateLedgerRows(read.rows, ctx());
    expect(v.errors).toEqual([]);
    expect(
      v.valid.map((r) => [r.input.enterpriseName, r.input.category, r.input.deadline?.toISOString() ?? null]),
    ).toEqual([
      ["宁波某铸造厂", "ELIMINATION", "2020-10-31T00:00:00.000Z"],
      ["某食品作坊", "RECTIFICATION", null],
    ]);
  });

  it("an empty template has the headings but no rows; a sheet without the headings is refused", async () => {
    const empty = await readLedgerWorkbook(
      Buffer.from(await ledgerTemplate({ units: ["集士港镇"], outcomes: [] })),
      100,
    );
    expect(empty).toEqual({ ok: false, message: "文件中没有数据行" });
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("x").addRow(["名称", "代码"]);
    expect(await readLedgerWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 100)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^未找到表头/),
    });
  });

  it("refuses more rows than the cap", async () => {
    const buffer = Buffer.from(
      await ledgerTemplate({ units: ["集士港镇"], outcomes: [], rows: [elimination, elimination, elimination] }),
    );
    expect(await readLedgerWorkbook(buffer, 2)).toEqual({ ok: false, message: "一次最多导入 2 行，请分多个文件导入" });
  });
});

describe("ledger import: the equipment of an elimination (淘汰设备清单), one item per row", () => {
  const furnace: Cells = {
    equipmentName: "中频感应电炉",
    equipmentModel: "GW-1.0T",
    equipmentQuantity: 2,
    equipmentCapacity: 750,
    equipmentCapacityUnit: "千瓦",
    equipmentDisposition: "拆除报废",
  };
  const line: Cells = {
    equipmentName: "粘土砂造型线",
    equipmentQuantity: "1",
    equipmentCapacity: "2000",
    equipmentCapacityUnit: "t/a",
    equipmentDisposition: "转移至外地",
    equipmentDestination: "安徽省宣城市 广德某机械有限公司",
  };
  /** An item row after the first: only the columns naming the case, as the template's note says. */
  const itemRow = (cells: Cells): Cells => ({
    unit: elimination.unit,
    name: elimination.name,
    creditCode: elimination.creditCode,
    category: elimination.category,
    ...cells,
  });

  it("reads the case's own row and the item rows after it into one case with its items, in order", () => {
    const v = validateLedgerRows(rows({ ...elimination, ...furnace }, itemRow(line), rectification), ctx());
    expect(v.errors).toEqual([]);
    expect(v.valid).toHaveLength(2);
    expect(v.valid[0].equipment).toEqual([
      {
        name: "中频感应电炉",
        model: "GW-1.0T",
        quantity: 2,
        capacity: 750,
        capacityUnit: "kW",
        disposition: "SCRAPPED",
        destination: null,
        evidenceId: null,
      },
      {
        name: "粘土砂造型线",
        model: "",
        quantity: 1,
        capacity: 2000,
        capacityUnit: "吨/年",
        disposition: "TRANSFERRED",
        destination: "安徽省宣城市 广德某机械有限公司",
        evidenceId: null,
      },
    ]);
    expect(v.valid[1].equipment).toEqual([]);
  });

  it("accepts item rows that copy the case's columns in full, and items without 去向 yet", () => {
    const v = validateLedgerRows(
      rows(
        { ...elimination, ...furnace },
        { ...elimination, ...line, equipmentDisposition: null, equipmentDestination: null },
      ),
      ctx(),
    );
    expect(v.errors).toEqual([]);
    expect(v.valid[0].equipment.map((e) => [e.name, e.disposition])).toEqual([
      ["中频感应电炉", "SCRAPPED"],
      ["粘土砂造型线", null],
    ]);
  });

  it("refuses an item row whose case columns disagree with the case's first row", () => {
    const v = validateLedgerRows(rows({ ...elimination, ...furnace }, itemRow({ ...line, industry: "建材" })), ctx());
    expect(v.errors).toEqual([
      {
        row: 3,
        name: "宁波某铸造厂",
        errors: ["行业与第 2 行（同一企业的整治对象）不一致；设备行的整治对象各列可留空"],
      },
    ]);
  });

  it("still refuses a repeated row that names no item as a duplicate", () => {
    const v = validateLedgerRows(rows({ ...elimination, ...furnace }, elimination), ctx());
    expect(v.errors.flatMap((e) => e.errors)).toEqual(["与第 2 行重复（同一企业、同一类别只能登记一件）"]);
  });

  it("checks each item by the case page's rules, at its column", () => {
    expect(
      errorsOf({
        ...elimination,
        equipmentName: "冲天炉",
        equipmentQuantity: 1.5,
        equipmentCapacity: "三吨",
        equipmentDisposition: "转移至外地",
      }),
    ).toEqual([
      "设备数量（台/套）：数量应为 1—10000 的整数（台/套）",
      "单台产能或功率：产能或功率应为大于 0 的数字",
      "产能或功率单位：请填写产能或功率的单位（如 kW、吨/年）",
      "转移去向地：转移至外地的设备请填写去向地（省市县及接收单位）",
    ]);
    expect(errorsOf({ ...elimination, ...furnace, equipmentDisposition: "卖掉" })).toEqual([
      "设备去向“卖掉”无效，可填：拆除报废、转移至外地、封存在原地（暂不确定可空）",
    ]);
    expect(errorsOf({ ...elimination, equipmentModel: "GW-1.0T", equipmentQuantity: 1 })).toContain(
      "填了设备各列时请填写设备名称",
    );
  });

  it("refuses equipment on a rectification", () => {
    expect(errorsOf({ ...rectification, ...furnace })).toEqual([
      "“低散乱”整治提升类不填设备（设备清单只用于淘汰落后产能类）",
    ]);
  });

  it("reports an item row's own errors at its row, and the whole file stays unimported", () => {
    const v = validateLedgerRows(
      rows({ ...elimination, ...furnace }, itemRow({ ...line, equipmentCapacityUnit: null })),
      ctx(),
    );
    expect(v.errors).toEqual([
      { row: 3, name: "宁波某铸造厂", errors: ["产能或功率单位：请填写产能或功率的单位（如 kW、吨/年）"] },
    ]);
  });

  it("round trip: the template has the equipment columns, a 去向 list, and reads them back", async () => {
    const buffer = Buffer.from(
      await ledgerTemplate({
        units: UNITS.map((u) => u.name),
        outcomes: OUTCOMES.map((o) => o.name),
        rows: [{ ...elimination, ...furnace }, itemRow(line)],
      }),
    );
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const heads = (wb.worksheets[0].getRow(1).values as unknown[]).slice(1);
    expect(heads.slice(-7)).toEqual([
      "设备名称",
      "型号规格",
      "设备数量（台/套）",
      "单台产能或功率",
      "产能或功率单位",
      "设备去向",
      "转移去向地",
    ]);
    const help = wb.getWorksheet("填写说明")!;
    const helpText = JSON.stringify(help.getSheetValues());
    expect(helpText).toContain("拆除报废、转移至外地、封存在原地");
    expect(helpText).toContain("其余每项另起一行");
    const read = await readLedgerWorkbook(buffer, 100);
    if (!read.ok) throw new Error(read.message);
    const v = validateLedgerRows(read.rows, ctx());
    expect(v.errors).toEqual([]);
    expect(v.valid.map((r) => r.equipment.map((e) => `${e.name}×${e.quantity}`))).toEqual([
      ["中频感应电炉×2", "粘土砂造型线×1"],
    ]);
  });
});
