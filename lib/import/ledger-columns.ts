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
  // 淘汰设备清单: one item per row. An enterprise with several items repeats its row once per item — the
  // case's columns copied, or left empty on the item rows after the first (所属单位、企业名称、信用代码和类别 kept).
  {
    key: "equipmentName",
    heading: "设备名称",
    required: false,
    note: "淘汰落后产能类：主要设备或生产线名称（一行一项）。同一企业有多项设备的，每项一行：所属单位、企业名称、统一社会信用代码、类别照填，其余整治对象各列可留空；整治提升类不填",
  },
  { key: "equipmentModel", heading: "型号规格", required: false, note: "选填，最多100字，如 GW-1.0T" },
  {
    key: "equipmentQuantity",
    heading: "设备数量（台/套）",
    required: false,
    note: "填了设备名称时必填：1—10000 的整数",
  },
  {
    key: "equipmentCapacity",
    heading: "单台产能或功率",
    required: false,
    note: "填了设备名称时必填：单台（套）的产能或功率，数字，最多四位小数；清单合计为数量乘以此数",
  },
  {
    key: "equipmentCapacityUnit",
    heading: "产能或功率单位",
    required: false,
    note: "填了设备名称时必填，如 kW、kVA、吨、吨/小时、吨/年、万吨/年、立方米/年、万件/年（千瓦、t/a 等写法自动统一）",
  },
  {
    key: "equipmentDisposition",
    heading: "设备去向",
    required: false,
    note: "拆除报废、转移至外地 或 封存在原地；暂不确定可空（拆除主体设备的整治对象上报前须填写）",
  },
  {
    key: "equipmentDestination",
    heading: "转移去向地",
    required: false,
    note: "设备去向为“转移至外地”时必填：省市县及接收单位",
  },
] as const;

/** The columns of one item of equipment (淘汰设备清单); the others are the case's. */
export const EQUIPMENT_COLUMNS = [
  "equipmentName",
  "equipmentModel",
  "equipmentQuantity",
  "equipmentCapacity",
  "equipmentCapacityUnit",
  "equipmentDisposition",
  "equipmentDestination",
] as const;

export type LedgerColumnKey = (typeof LEDGER_COLUMNS)[number]["key"];

/** A cell as read from the sheet: text, an Excel date, a number, or empty. */
export type RawCell = string | number | Date | null;

/** One data row of the file with its Excel row number (the header is row 1). */
export type RawLedgerRow = { row: number; cells: Partial<Record<LedgerColumnKey, RawCell>> };
