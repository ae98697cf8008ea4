import { describe, expect, it } from "vitest";

import {
  equipmentRequirements,
  equipmentTotals,
  formatCapacity,
  hasDisposition,
  itemsWithoutDisposition,
  itemTotal,
  normaliseCapacityUnit,
  takesEquipment,
} from "@/lib/cases/equipment";
import { equipmentFields } from "@/lib/cases/equipment-input";

const item = {
  name: "中频感应电炉",
  model: "GW-1.5T",
  quantity: "2",
  capacity: "750",
  capacityUnit: "kW",
  disposition: "SCRAPPED",
  destination: "",
  evidenceId: "",
};

function errorsOf(input: Record<string, unknown>) {
  const r = equipmentFields.safeParse(input);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("an item of equipment as entered", () => {
  it("reads the form's text as numbers and keeps what was typed", () => {
    expect(equipmentFields.parse(item)).toEqual({
      name: "中频感应电炉",
      model: "GW-1.5T",
      quantity: 2,
      capacity: 750,
      capacityUnit: "kW",
      disposition: "SCRAPPED",
      destination: null,
      evidenceId: null,
    });
  });

  it("accepts numbers from a spreadsheet, thousands commas and full-width digits", () => {
    expect(equipmentFields.parse({ ...item, quantity: 3, capacity: 1.25 })).toMatchObject({
      quantity: 3,
      capacity: 1.25,
    });
    expect(equipmentFields.parse({ ...item, capacity: "12,000" }).capacity).toBe(12000);
    expect(equipmentFields.parse({ ...item, quantity: "２", capacity: "１.５" })).toMatchObject({
      quantity: 2,
      capacity: 1.5,
    });
  });

  it("asks for the name, quantity, capacity and unit, each at its field", () => {
    expect(errorsOf({ ...item, name: " ", quantity: "", capacity: "", capacityUnit: "" })).toEqual({
      name: "请填写设备名称",
      quantity: "请填写数量",
      capacity: "请填写单台（套）产能或功率",
      capacityUnit: "请填写产能或功率的单位（如 kW、吨/年）",
    });
  });

  it.each([
    ["0", "数量应为 1—10000 的整数（台/套）"],
    ["1.5", "数量应为 1—10000 的整数（台/套）"],
    ["-2", "数量应为 1—10000 的整数（台/套）"],
    ["10001", "数量应为 1—10000 的整数（台/套）"],
    ["两台", "数量应为 1—10000 的整数（台/套）"],
  ])("refuses the quantity %s", (quantity, message) => {
    expect(errorsOf({ ...item, quantity })).toEqual({ quantity: message });
  });

  it.each([
    ["0", "产能或功率应为大于 0 的数字"],
    ["-1", "产能或功率应为大于 0 的数字"],
    ["1e3", "产能或功率应为大于 0 的数字"],
    ["100000001", "产能或功率应为大于 0 的数字"],
    ["0.00001", "产能或功率最多四位小数"],
  ])("refuses the capacity %s", (capacity, message) => {
    expect(errorsOf({ ...item, capacity })).toEqual({ capacity: message });
  });

  it("keeps four decimals of capacity exactly", () => {
    expect(equipmentFields.parse({ ...item, capacity: "0.0001" }).capacity).toBe(0.0001);
    expect(equipmentFields.parse({ ...item, capacity: "0.1234" }).capacity).toBe(0.1234);
  });

  it("lets the 去向 wait until the item's fate is known", () => {
    expect(equipmentFields.parse({ ...item, disposition: "" }).disposition).toBeNull();
    expect(equipmentFields.parse({ ...item, disposition: undefined }).disposition).toBeNull();
  });

  it("refuses an unknown 去向", () => {
    expect(errorsOf({ ...item, disposition: "SOLD" })).toEqual({ disposition: "请选择设备去向" });
  });

  it("asks where a transferred item went, at the destination field", () => {
    expect(errorsOf({ ...item, disposition: "TRANSFERRED", destination: "  " })).toEqual({
      destination: "转移至外地的设备请填写去向地（省市县及接收单位）",
    });
    expect(
      equipmentFields.parse({ ...item, disposition: "TRANSFERRED", destination: "江西省萍乡市 某铸造厂" }).destination,
    ).toBe("江西省萍乡市 某铸造厂");
  });

  it("asks for the destination together with the other fields' errors", () => {
    expect(errorsOf({ ...item, name: "", disposition: "TRANSFERRED", destination: "" })).toEqual({
      name: "请填写设备名称",
      destination: "转移至外地的设备请填写去向地（省市县及接收单位）",
    });
  });

  it("drops a destination left in the form when the 去向 is not a transfer", () => {
    expect(equipmentFields.parse({ ...item, disposition: "SCRAPPED", destination: "江西省" }).destination).toBeNull();
    expect(
      equipmentFields.parse({ ...item, disposition: "SEALED_ON_SITE", destination: "江西省" }).destination,
    ).toBeNull();
  });

  it("refuses control characters and overlong text", () => {
    expect(errorsOf({ ...item, name: "电炉\u0000" })).toEqual({ name: "设备名称含有不允许的字符" });
    expect(errorsOf({ ...item, model: "x".repeat(101) })).toEqual({ model: "型号规格最多100字" });
    expect(errorsOf({ ...item, capacityUnit: "单位".repeat(11) })).toEqual({ capacityUnit: "单位最多20字" });
  });

  it("refuses a malformed evidence id", () => {
    expect(errorsOf({ ...item, evidenceId: "../../etc" })).toEqual({ evidenceId: "编号无效" });
  });
});

describe("capacity units", () => {
  it.each([
    ["kW", "kW"],
    ["KW", "kW"],
    ["千瓦", "kW"],
    ["ｋｗ", "kW"],
    [" kva ", "kVA"],
    ["t/a", "吨/年"],
    ["吨 / 年", "吨/年"],
    ["t／h", "吨/小时"],
    ["万t/a", "万吨/年"],
    ["m³/a", "立方米/年"],
    ["t", "吨"],
    ["平方米", "平方米"],
  ])("reads %s as %s", (raw, unit) => {
    expect(normaliseCapacityUnit(raw)).toBe(unit);
  });

  it("stores the normalised unit", () => {
    expect(equipmentFields.parse({ ...item, capacityUnit: "千瓦" }).capacityUnit).toBe("kW");
  });
});

describe("the 去向 of an item", () => {
  it("is complete when chosen, and for 转移至外地 when it says where", () => {
    expect(hasDisposition({ disposition: null, destination: null })).toBe(false);
    expect(hasDisposition({ disposition: "SCRAPPED", destination: null })).toBe(true);
    expect(hasDisposition({ disposition: "SEALED_ON_SITE", destination: null })).toBe(true);
    expect(hasDisposition({ disposition: "TRANSFERRED", destination: null })).toBe(false);
    expect(hasDisposition({ disposition: "TRANSFERRED", destination: "安徽省" })).toBe(true);
  });

  it("names the items still without one by their position", () => {
    expect(
      itemsWithoutDisposition([
        { disposition: "SCRAPPED", destination: null },
        { disposition: null, destination: null },
        { disposition: "TRANSFERRED", destination: "" },
      ]),
    ).toEqual([2, 3]);
  });
});

describe("which cases list and need equipment", () => {
  it("is eliminations only", () => {
    expect(takesEquipment("ELIMINATION")).toBe(true);
    expect(takesEquipment("RECTIFICATION")).toBe(false);
  });

  it("asks a 拆除 case only", () => {
    expect(equipmentRequirements("ELIMINATION", "DISMANTLED", []).map((r) => r.met)).toEqual([false, false]);
    expect(equipmentRequirements("ELIMINATION", "SEALED", [])).toEqual([]);
    expect(equipmentRequirements("ELIMINATION", null, [])).toEqual([]);
    expect(equipmentRequirements("RECTIFICATION", "DISMANTLED", [])).toEqual([]);
  });
});

describe("the year's totals", () => {
  const rows = [
    { quantity: 2, capacity: 750, capacityUnit: "kW", disposition: "SCRAPPED" as const },
    { quantity: 1, capacity: 0.1, capacityUnit: "吨/小时", disposition: "TRANSFERRED" as const },
    { quantity: 3, capacity: 0.2, capacityUnit: "t/h", disposition: "TRANSFERRED" as const },
    { quantity: 1, capacity: 5000, capacityUnit: "吨/年", disposition: "SEALED_ON_SITE" as const },
    { quantity: 4, capacity: 15, capacityUnit: "千瓦", disposition: null },
    { quantity: 1, capacity: 2, capacityUnit: "平方米", disposition: "SCRAPPED" as const },
  ];

  it("counts items and quantities by 去向, every 去向 listed (zeros too), 未填去向 last", () => {
    const t = equipmentTotals(rows);
    expect(t.items).toBe(6);
    expect(t.quantity).toBe(12);
    expect(t.byDisposition).toEqual([
      { disposition: "SCRAPPED", items: 2, quantity: 3 },
      { disposition: "TRANSFERRED", items: 2, quantity: 4 },
      { disposition: "SEALED_ON_SITE", items: 1, quantity: 1 },
      { disposition: "NONE", items: 1, quantity: 4 },
    ]);
  });

  it("adds quantity × capacity per unit, spellings of one unit together, exactly", () => {
    expect(equipmentTotals(rows).byCapacityUnit).toEqual([
      { unit: "kW", items: 2, quantity: 6, total: 1560 },
      { unit: "吨/小时", items: 2, quantity: 4, total: 0.7 },
      { unit: "吨/年", items: 1, quantity: 1, total: 5000 },
      { unit: "平方米", items: 1, quantity: 1, total: 2 },
    ]);
  });

  it("is all zeros for an empty list", () => {
    const t = equipmentTotals([]);
    expect([t.items, t.quantity, t.byCapacityUnit]).toEqual([0, 0, []]);
    expect(t.byDisposition.every((d) => d.items === 0)).toBe(true);
  });

  it("gives each row's capacity as quantity × capacity per item", () => {
    expect(itemTotal({ quantity: 3, capacity: 0.1 })).toBe(0.3);
    expect(itemTotal({ quantity: 10_000, capacity: 99_999_999.9999 })).toBe(999_999_999_999);
    expect(formatCapacity(0.30000000000000004)).toBe("0.3");
    expect(formatCapacity(1560)).toBe("1560");
  });
});
