// Who the office's documents come from, and the fonts they name (GB/T 9704 党政机关公文格式). The fonts are
// named, never embedded: the office's computers have them; elsewhere Word substitutes.

import { OFFICE_NAME, OFFICE_SHORT } from "@/lib/office";

/**
 * Who a district's documents come from (docs/domain.md §市级): its office's full name (发文机关标志, 落款), its short
 * name (as the texts and 编 say it) and its 发文机关代字 (海工强办〔2020〕3号). Each district has its own.
 */
export type DocumentIssuer = { name: string; short: string; docPrefix: string };

/** 海曙区's office, the plan's own (lib/office.ts): a district's issuer when it names none. */
export const HAISHU_ISSUER: DocumentIssuer = { name: OFFICE_NAME, short: OFFICE_SHORT, docPrefix: "海工强办" };

/** The issuer of the user's district (a city account reading a district: that district's). */
export function issuerOf(
  district: { officeName: string; officeShortName: string; docPrefix: string } | null,
): DocumentIssuer {
  if (!district) return HAISHU_ISSUER;
  return {
    name: district.officeName,
    short: district.officeShortName,
    docPrefix: district.docPrefix || HAISHU_ISSUER.docPrefix,
  };
}
/** 主送 of a 通报 unless the office writes another. */
export const DEFAULT_RECIPIENTS = "各镇（乡）人民政府、街道办事处，望春工业园区管委会，区级有关部门";

export const FONTS = {
  /** 标题, 发文机关标志. */
  title: "方正小标宋简体",
  /** 正文. */
  body: "仿宋_GB2312",
  /** 一级标题 (一、). */
  heading1: "黑体",
  /** 二级标题 (（一）). */
  heading2: "楷体_GB2312",
  /** 页码. */
  pageNumber: "宋体",
} as const;

export const ALL_FONTS: readonly string[] = Object.values(FONTS);
