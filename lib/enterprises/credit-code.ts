// 统一社会信用代码 (GB 32100-2015): 18 characters, the last one a check character.
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; message: string };

/** Check character for the first 17 characters (assumed to be in the alphabet). */
export function creditCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  const c = 31 - (sum % 31);
  return c === 31 ? "0" : ALPHABET[c];
}

/** Validates a code typed by a user; lower case and surrounding spaces are forgiven. */
export function checkCreditCode(input: string): CreditCodeCheck {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return { ok: false, message: `统一社会信用代码应为18位，当前为${code.length}位` };
  for (let i = 0; i < 18; i++) {
    if (!ALPHABET.includes(code[i])) {
      return { ok: false, message: `第${i + 1}位“${code[i]}”不是有效字符（不使用 I、O、S、V、Z）` };
    }
  }
  const expected = creditCheckChar(code.slice(0, 17));
  if (code[17] !== expected) return { ok: false, message: `校验位错误：第18位应为“${expected}”，请核对代码` };
  return { ok: true, code };
}
