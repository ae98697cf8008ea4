import { describe, expect, it } from "vitest";
import { accountStatus, accountThrottleKeys, throttleKeyAccount, USERNAME_PATTERN } from "@/lib/accounts";
import { auditDiff, auditDiffText, entityLabel } from "@/lib/audit-diff";
import { throttleKeys } from "@/lib/login-throttle";

describe("account rules", () => {
  it("reads a disabled account as 已停用 even when also locked", () => {
    expect([accountStatus(true, false), accountStatus(true, true), accountStatus(false, true), accountStatus(false, false)])
      .toEqual(["ACTIVE", "LOCKED", "DISABLED", "DISABLED"]);
  });

  it("finds the account of the failed-login counters, not of an address's", () => {
    const keys = throttleKeys("gulin", "10.0.0.1");
    expect(throttleKeyAccount(keys.account)).toBe("gulin");
    expect(throttleKeyAccount(keys.accountClient)).toBe("gulin");
    expect(throttleKeyAccount(keys.client)).toBeNull();
    expect(throttleKeyAccount(throttleKeys("gulin", "2001:db8::1").accountClient)).toBe("gulin");
  });

  it("clears exactly the account's counters on unlock", () => {
    const { exact, prefix } = accountThrottleKeys("gulin");
    expect(exact).toBe(throttleKeys("gulin", "x").account);
    expect(throttleKeys("gulin", "10.0.0.1").accountClient.startsWith(prefix)).toBe(true);
    expect(throttleKeys("gulin2", "10.0.0.1").accountClient.startsWith(prefix)).toBe(false);
  });

  it("accepts login names of 3–32 lower-case letters, digits, _ . -, starting with a letter", () => {
    expect(["abc", "zhang.san", "u_1-2"].every((u) => USERNAME_PATTERN.test(u))).toBe(true);
    expect(["ab", "1abc", "Abc", "a b", "张三", "a".repeat(33)].some((u) => USERNAME_PATTERN.test(u))).toBe(false);
  });
});

describe("audit diff", () => {
  it("lists only the changed fields, labelled in Chinese", () => {
    expect(auditDiff({ status: "SUBMITTED", version: 1, name: "甲" }, { status: "ACCEPTED", version: 2, name: "甲" })).toEqual([
      { field: "status", label: "状态", before: "SUBMITTED", after: "ACCEPTED" },
      { field: "version", label: "版本", before: "1", after: "2" },
    ]);
  });

  it("shows a creation as every field from nothing, booleans as 是/否, lists as JSON", () => {
    expect(auditDiff(null, { active: true, dimensions: ["ENERGY"] })).toEqual([
      { field: "active", label: "启用", before: "—", after: "是" },
      { field: "dimensions", label: "方面", before: "—", after: "能耗" },
    ]);
    expect(auditDiff({ a: 1 }, { a: 1 })).toEqual([]);
    expect(auditDiff("x", "y")).toEqual([{ field: "", label: "值", before: "x", after: "y" }]);
  });

  it("writes one line per change for the Excel cell; unknown kinds show their code", () => {
    expect(auditDiffText({ phone: null }, { phone: "123" })).toBe("电话：— → 123");
    expect(entityLabel("Case")).toBe("案件");
    expect(entityLabel("Mystery")).toBe("Mystery");
  });
});
