import { describe, expect, it } from "vitest";

import { checkCreditCode, creditCheckChar } from "@/lib/enterprises/credit-code";

describe("统一社会信用代码 (GB 32100-2015)", () => {
  it("accepts the standard's example", () => {
    expect(checkCreditCode("91350100M000100Y43")).toEqual({ ok: true, code: "91350100M000100Y43" });
  });

  it("forgives lower case and surrounding spaces", () => {
    expect(checkCreditCode("  91350100m000100y43 ")).toEqual({ ok: true, code: "91350100M000100Y43" });
  });

  it("computes the check character, mapping 31 to '0'", () => {
    expect(creditCheckChar("91350100M000100Y4")).toBe("3");
    // Find a body whose check value is 31 (sum ≡ 0 mod 31): all zeros.
    expect(creditCheckChar("00000000000000000")).toBe("0");
  });

  it("refuses a wrong check character and names the expected one", () => {
    const r = checkCreditCode("91350100M000100Y44");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("第18位应为“3”");
  });

  it("refuses a wrong length with the length found", () => {
    const r = checkCreditCode("91350100M000100Y4");
    expect(r).toEqual({ ok: false, message: "统一社会信用代码应为18位，当前为17位" });
  });

  it.each(["I", "O", "S", "V", "Z"])("refuses the excluded letter %s and says where", (letter) => {
    const r = checkCreditCode(`9135010${letter}M000100Y43`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(`第8位“${letter}”不是有效字符`);
  });

  it("does not require a Haishu region code in positions 3–8", () => {
    const body = "91330203MA2AAAAA0";
    expect(checkCreditCode(body + creditCheckChar(body)).ok).toBe(true);
    const elsewhere = "91110000MA2AAAAA0";
    expect(checkCreditCode(elsewhere + creditCheckChar(elsewhere)).ok).toBe(true);
  });

  it("detects any single-character change of a valid code", () => {
    const valid = "91350100M000100Y43";
    for (let i = 0; i < 17; i++) {
      const changed = valid.slice(0, i) + (valid[i] === "1" ? "2" : "1") + valid.slice(i + 1);
      expect(checkCreditCode(changed).ok, changed).toBe(false);
    }
  });
});
