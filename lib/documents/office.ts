// Who the office's documents come from, and the fonts they name (GB/T 9704 党政机关公文格式). The fonts are
// named, never embedded: the office's computers have them; elsewhere Word substitutes.

import { OFFICE_NAME, OFFICE_SHORT } from "@/lib/office";

/** 发文机关 (落款): the office's one name (lib/office.ts). */
export const ISSUER = OFFICE_NAME;
/** Its short name, as the texts and the 发文字号 use it. */
export const ISSUER_SHORT = OFFICE_SHORT;
/** 发文机关代字 of the 发文字号: 海工强办〔2020〕3号. */
export const REFERENCE_PREFIX = "海工强办";
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
