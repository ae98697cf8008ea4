// 淘汰设备清单 (docs/domain.md §淘汰设备清单): the main equipment and production lines of an
// elimination — what each item is, how many, its capacity or power per item, where it went (拆除报废 /
// 转移至外地 with the destination / 封存在原地) and the evidence that proves it. What an item must hold,
// what a 拆除 case needs before it is submitted, and the year's totals. Pure: the server and the import ask.
// The input rules (zod) are in equipment-input.ts, so client components can use this module.
import type { Category, DisposalPath } from "@/lib/generated/prisma/enums";
import { EquipmentDisposition } from "@/lib/generated/prisma/enums";

export const EQUIPMENT_DISPOSITIONS = Object.values(EquipmentDisposition) as EquipmentDisposition[];

/** At most this many items on one case (a foundry's furnaces, lines and their auxiliaries fit easily). */
export const MAX_EQUIPMENT_PER_CASE = 200;
export const MAX_QUANTITY = 10_000;
export const MAX_CAPACITY = 100_000_000;
/** Capacity is kept to four decimals (0.0001 t, 0.0001 kW). */
export const SCALE = 10_000;

/** The units officers pick from (the form offers them; other units are kept as typed). */
export const CAPACITY_UNITS = ["kW", "kVA", "吨", "吨/小时", "吨/年", "万吨/年", "立方米/年", "万件/年"] as const;

// Spellings of the same unit, compared without spaces and case, full-width forms folded.
const UNIT_SPELLINGS: Record<string, (typeof CAPACITY_UNITS)[number]> = {
  kw: "kW",
  千瓦: "kW",
  kva: "kVA",
  千伏安: "kVA",
  t: "吨",
  吨: "吨",
  "t/h": "吨/小时",
  吨每小时: "吨/小时",
  "吨/时": "吨/小时",
  "吨/h": "吨/小时",
  "t/a": "吨/年",
  "t/年": "吨/年",
  吨每年: "吨/年",
  "吨/a": "吨/年",
  "万t/a": "万吨/年",
  "万t/年": "万吨/年",
  万吨每年: "万吨/年",
  "m3/a": "立方米/年",
  "m3/年": "立方米/年",
  "m³/a": "立方米/年",
  "m³/年": "立方米/年",
  "立方米/a": "立方米/年",
  "万件/a": "万件/年",
};

/** Full-width letters, digits and "／" as their ASCII forms. */
export function halfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/**
 * A capacity unit as the totals group it: "KW", "千瓦", "ｋｗ" → "kW", "t/a" → "吨/年"; a unit not in the list
 * is kept as typed (spaces removed), so the list's totals show it on a line of its own.
 */
export function normaliseCapacityUnit(raw: string): string {
  const compact = halfWidth(raw).replace(/\s+/g, "");
  const known = CAPACITY_UNITS.find((u) => u === compact);
  if (known) return known;
  return UNIT_SPELLINGS[compact.toLowerCase()] ?? compact;
}

/** Only eliminations list equipment. */
export function takesEquipment(category: Category): boolean {
  return category === "ELIMINATION";
}

/** Whether an item's 去向 is complete: chosen, and for 转移至外地 with where to. */
export function hasDisposition(item: {
  disposition: EquipmentDisposition | null;
  destination: string | null;
}): boolean {
  if (item.disposition === null) return false;
  return item.disposition !== "TRANSFERRED" || !!item.destination?.trim();
}

/** What one item of a 淘汰设备清单 says of itself (the form, the export and the demo data share it). */
export type EquipmentFields = {
  name: string;
  model: string;
  quantity: number;
  capacity: number;
  capacityUnit: string;
  disposition: EquipmentDisposition | null;
  destination: string | null;
};

export type EquipmentCheckItem = { disposition: EquipmentDisposition | null; destination: string | null };

/**
 * What the submit checklist (上报前须具备) asks of the equipment: a 拆除 case lists at least one item
 * and every item says where it went. Other cases: nothing (a 封存 case may list its equipment).
 */
export function equipmentRequirements(
  category: Category,
  disposalPath: DisposalPath | null,
  items: readonly EquipmentCheckItem[],
): { key: string; label: string; met: boolean }[] {
  if (category !== "ELIMINATION" || disposalPath !== "DISMANTLED") return [];
  return [
    { key: "equipment", label: "主要设备和生产线清单（至少一项）", met: items.length > 0 },
    { key: "equipmentDisposition", label: "每项设备的去向", met: items.length > 0 && items.every(hasDisposition) },
  ];
}

/** The items still without a (complete) 去向, by their position in the list (1-based), for the page's note. */
export function itemsWithoutDisposition(items: readonly EquipmentCheckItem[]): number[] {
  return items.flatMap((item, i) => (hasDisposition(item) ? [] : [i + 1]));
}

// ——— totals ———

export type TotalsItem = {
  quantity: number;
  capacity: number;
  capacityUnit: string;
  disposition: EquipmentDisposition | null;
};

const scaled = (n: number) => BigInt(Math.round(n * SCALE));
const unscaled = (n: bigint) => Number(n) / SCALE;

/** The capacity of a row: quantity × capacity per item, exact to four decimals. */
export function itemTotal(item: Pick<TotalsItem, "quantity" | "capacity">): number {
  return unscaled(scaled(item.capacity) * BigInt(item.quantity));
}

export type DispositionKey = EquipmentDisposition | "NONE";
export type EquipmentTotals = {
  items: number;
  quantity: number;
  /** Every 去向 (and 未填去向), in the list's order, with zeros. */
  byDisposition: { disposition: DispositionKey; items: number; quantity: number }[];
  /** One line per capacity unit: the known units in CAPACITY_UNITS order, then the others by name. */
  byCapacityUnit: { unit: string; items: number; quantity: number; total: number }[];
};

export function equipmentTotals(items: readonly TotalsItem[]): EquipmentTotals {
  const keys: DispositionKey[] = [...EQUIPMENT_DISPOSITIONS, "NONE"];
  const byDisposition = new Map(keys.map((k) => [k, { disposition: k, items: 0, quantity: 0 }]));
  const byUnit = new Map<string, { unit: string; items: number; quantity: number; sum: bigint }>();
  let quantity = 0;
  for (const item of items) {
    quantity += item.quantity;
    const d = byDisposition.get(item.disposition ?? "NONE")!;
    d.items++;
    d.quantity += item.quantity;
    const unit = normaliseCapacityUnit(item.capacityUnit);
    const u = byUnit.get(unit) ?? { unit, items: 0, quantity: 0, sum: BigInt(0) };
    u.items++;
    u.quantity += item.quantity;
    u.sum += scaled(item.capacity) * BigInt(item.quantity);
    byUnit.set(unit, u);
  }
  const rank = (unit: string) => {
    const i = (CAPACITY_UNITS as readonly string[]).indexOf(unit);
    return i === -1 ? CAPACITY_UNITS.length : i;
  };
  return {
    items: items.length,
    quantity,
    byDisposition: keys.map((k) => byDisposition.get(k)!),
    byCapacityUnit: [...byUnit.values()]
      .sort((a, b) => rank(a.unit) - rank(b.unit) || a.unit.localeCompare(b.unit, "zh-CN"))
      .map(({ sum, ...u }) => ({ ...u, total: unscaled(sum) })),
  };
}

/** A capacity as people read it: up to four decimals, no trailing zeros, thousands not grouped. */
export function formatCapacity(n: number): string {
  return String(Math.round(n * SCALE) / SCALE);
}
