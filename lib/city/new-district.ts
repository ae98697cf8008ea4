// 新建区县 (docs/domain.md §市级): what the city office enters for a new district, and what the district gets.

export type NewDistrict = { code: string; name: string; docPrefix: string; officeName: string };

/** The district's names and codes already in the city (a new one may repeat none of them). */
export type ExistingDistricts = { codes: readonly string[]; names: readonly string[]; docPrefixes: readonly string[] };

/**
 * Why a new district cannot be created as entered, field by field (empty = it can): its 区划代码 is six digits under
 * the city's own code (330205 under 宁波市 330200; not the city's, not 00 at the end) and unique, like its name and its
 * 发文机关代字 (each district numbers its own 发文字号 under it).
 */
export function newDistrictErrors(
  input: NewDistrict,
  cityCode: string,
  existing: ExistingDistricts,
): Partial<Record<keyof NewDistrict, string>> {
  const errors: Partial<Record<keyof NewDistrict, string>> = {};
  if (!/^\d{6}$/.test(input.code)) errors.code = "区划代码为6位数字，如 330205";
  else if (input.code.slice(0, 4) !== cityCode.slice(0, 4) || input.code.endsWith("00"))
    errors.code = `区划代码须为本市（${cityCode}）所辖区县（市）的代码，以 ${cityCode.slice(0, 4)} 开头`;
  else if (existing.codes.includes(input.code)) errors.code = `区划代码 ${input.code} 已有区县使用`;
  if (existing.names.includes(input.name)) errors.name = `已有区县名为“${input.name}”`;
  if (existing.docPrefixes.includes(input.docPrefix)) errors.docPrefix = `发文机关代字“${input.docPrefix}”已有区县使用`;
  return errors;
}

/**
 * A department of the plan's list (prisma/seed-data.ts DEPARTMENTS: 区发改局 … 海曙生态环境分局) as the new district
 * names it: a department named after 海曙 takes the new district's place name (北仑生态环境分局); the others are
 * named alike in every district (区发改局).
 */
export function departmentNameFor(planName: string, districtName: string): string {
  if (!planName.startsWith("海曙")) return planName;
  const place = districtName.length > 2 ? districtName.replace(/[区县市]$/, "") : districtName;
  return `${place}${planName.slice(2)}`;
}

/** The office's short name in the district's own pages and documents: 区工强办, 县工强办, or for a 县级市 its own name's (慈溪市工强办, never the city's 市工强办). */
export function officeShortNameFor(districtName: string): string {
  if (districtName.endsWith("县")) return "县工强办";
  if (districtName.endsWith("市")) return `${districtName}工强办`;
  return "区工强办";
}
