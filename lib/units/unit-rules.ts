// 单位管理 (docs/domain.md §市级): the units (镇、乡、街道、园区) a district office adds to its district, and what they may be called.
import type { UnitKind } from "@/lib/generated/prisma/enums";

export type NewUnit = { name: string; kind: UnitKind; code: string };

/** What a unit may not repeat: the names of its own district's units, and every unit's code in the city. */
export type ExistingUnits = { names: readonly string[]; codes: readonly string[] };

/** The ending of a unit's name by its kind (古林镇, 龙观乡, 石碶街道); a park is named freely (望春工业园区). */
const NAME_ENDING: Partial<Record<UnitKind, string>> = { TOWN: "镇", XIANG: "乡", SUBDISTRICT: "街道" };

/**
 * The 3 digits after the district's code in a 统计用区划代码 (GB/T 10114, 乡级): 001–099 街道, 100–199 镇,
 * 200–399 乡. A park has none: its internal code is the district's code, P and two digits (330203P01).
 */
const LEVEL: Record<Exclude<UnitKind, "PARK">, [number, number]> = {
  SUBDISTRICT: [1, 99],
  TOWN: [100, 199],
  XIANG: [200, 399],
};

/**
 * The code as stored: the 9-digit 乡级 code (330203102); the full 12-digit form of the statistics tables
 * (330203102000) is the same unit and is stored without its three trailing zeros, like the seed's; a park's
 * internal code in capitals.
 */
export function normalizeUnitCode(code: string): string {
  const c = code.trim().toUpperCase();
  return /^\d{9}000$/.test(c) ? c.slice(0, 9) : c;
}

/** Why a code does not fit a unit of this kind in this district (null = it fits); `code` already normalised. */
export function unitCodeError(kind: UnitKind, code: string, districtCode: string): string | null {
  if (kind === "PARK") {
    if (!/^\d{6}P\d{2}$/.test(code) || !code.startsWith(districtCode))
      return `园区无统计用区划代码，填内部编码：本区县代码加P和两位序号，如 ${districtCode}P01`;
    return null;
  }
  if (!/^\d{9}$/.test(code)) return `统计用区划代码为12位数字（或其前9位），如 ${districtCode}102000`;
  if (!code.startsWith(districtCode)) return `统计用区划代码须以本区县代码 ${districtCode} 开头`;
  const level = Number(code.slice(6));
  const [from, to] = LEVEL[kind];
  if (level < from || level > to) {
    const range = `${String(from).padStart(3, "0")}–${to}`;
    return `代码第7–9位为${range}的才是${kindWord(kind)}（街道001–099，镇100–199，乡200–399）`;
  }
  return null;
}

function kindWord(kind: Exclude<UnitKind, "PARK">): string {
  return { TOWN: "镇", XIANG: "乡", SUBDISTRICT: "街道" }[kind];
}

/** Why a name does not fit the kind (null = it fits): a 镇's name ends in 镇, a 乡's in 乡, a 街道's in 街道. */
export function unitNameError(kind: UnitKind, name: string): string | null {
  const ending = NAME_ENDING[kind];
  if (ending && (!name.endsWith(ending) || name.length <= ending.length))
    return `${kindWord(kind as Exclude<UnitKind, "PARK">)}的名称以“${ending}”结尾，如 ${{ 镇: "古林镇", 乡: "龙观乡", 街道: "石碶街道" }[ending]}`;
  return null;
}

/** A unit's name is unique within its district. */
export const nameTakenError = (name: string) => `本区县已有单位名为“${name}”`;

/**
 * Why a new unit cannot be added as entered, field by field (empty = it can): a name fitting its kind and unique
 * within the district, a code fitting its kind under the district's code and unique in the whole city.
 */
export function newUnitErrors(
  input: NewUnit,
  districtCode: string,
  existing: ExistingUnits,
): Partial<Record<"name" | "code", string>> {
  const errors: Partial<Record<"name" | "code", string>> = {};
  const nameError = unitNameError(input.kind, input.name);
  if (nameError) errors.name = nameError;
  else if (existing.names.includes(input.name)) errors.name = nameTakenError(input.name);
  const code = normalizeUnitCode(input.code);
  const codeError = unitCodeError(input.kind, code, districtCode);
  if (codeError) errors.code = codeError;
  else if (existing.codes.includes(code)) errors.code = `代码 ${code} 已有单位使用`;
  return errors;
}
