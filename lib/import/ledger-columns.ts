// The columns of the ledger import file (台账导入模板), in template order. The heading is what the
// officer sees and what the reader looks for; `key` is what the validator reads.
export const LEDGER_COLUMNS = [
  {
    key: "unit",
    heading: "所属单位",
    required: true,
    note: "镇（乡）、街道、园区全称，如“集士港镇”；镇街账号只能导入本单位",
  },
  { key: "name", heading: "企业名称", required: true, note: "企业（作坊）名称，2—100字" },
  { key: "creditCode", heading: "统一社会信用代码", required: false, note: "18位，按 GB 32100 校验；无执照的作坊可空" },
  { key: "industry", heading: "行业", required: true, note: "铸造、建材、食品、金属表面处理、其他" },
  { key: "address", heading: "地址", required: false, note: "最多200字" },
  { key: "contactName", heading: "联系人", required: false, note: "最多20字" },
  { key: "contactPhone", heading: "联系电话", required: false, note: "最多20字" },
  { key: "category", heading: "类别", required: true, note: "淘汰落后产能 或 “低散乱”整治提升（也可写“整治提升”）" },
  { key: "disposal", heading: "处置方式", required: false, note: "淘汰类必填：拆除主体设备 或 封存；整治提升类不填" },
  {
    key: "outcome",
    heading: "整治结果",
    required: false,
    note: "整治提升类选填，取“工作设置”中的整治结果类别；淘汰类不填",
  },
  {
    key: "dimensions",
    heading: "涉及方面",
    required: true,
    note: "能耗、环保、质量、安全、产业政策、经营场所，多个用顿号“、”分隔",
  },
  { key: "deadline", heading: "整改期限", required: false, note: "日期，如 2020-10-31（Excel 日期格式或文字均可）" },
] as const;

export type LedgerColumnKey = (typeof LEDGER_COLUMNS)[number]["key"];

/** A cell as read from the sheet: text, an Excel date, a number, or empty. */
export type RawCell = string | number | Date | null;

/** One data row of the file with its Excel row number (the header is row 1). */
export type RawLedgerRow = { row: number; cells: Partial<Record<LedgerColumnKey, RawCell>> };
