// 发文字号: 机关代字〔年份〕序号号, e.g. 海工强办〔2020〕3号 (GB/T 9704: 六角括号, 序号不编虚位).

const PATTERN = /^(\S{1,20}?)〔(\d{4})〕([1-9]\d{0,4})号$/;

export function formatReferenceNo(prefix: string, year: number, serial: number): string {
  return `${prefix}〔${year}〕${serial}号`;
}

export type ReferenceNo = { prefix: string; year: number; serial: number };

/** The parts of a 发文字号; null when it is not one. */
export function parseReferenceNo(text: string): ReferenceNo | null {
  const m = PATTERN.exec(text);
  return m ? { prefix: m[1], year: Number(m[2]), serial: Number(m[3]) } : null;
}

/**
 * What the office typed, written the standard way: the year in 〔〕 whatever brackets were typed
 * ([2020], (2020), （2020）, 【2020】, 〔2020〕), serial without leading zeros. Null when it is no 发文字号.
 */
export function normaliseReferenceNo(text: string): string | null {
  const m = /^\s*(\S{1,20}?)\s*[〔[（(【]\s*(\d{4})\s*[〕\]）)】]\s*0*(\d{1,5})\s*号\s*$/.exec(text);
  if (!m || Number(m[3]) === 0) return null;
  return formatReferenceNo(m[1], Number(m[2]), Number(m[3]));
}

/** The next 发文字号 of `prefix` in `year`: one after the highest serial already used (the first is 1). */
export function nextReferenceNo(used: readonly (string | null)[], prefix: string, year: number): string {
  let highest = 0;
  for (const text of used) {
    const r = text === null ? null : parseReferenceNo(text);
    if (r && r.prefix === prefix && r.year === year) highest = Math.max(highest, r.serial);
  }
  return formatReferenceNo(prefix, year, highest + 1);
}
