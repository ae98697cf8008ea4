import { describe, expect, it } from "vitest";

import { loginPolicies, throttleKeys } from "@/lib/accounts/login-throttle";
import {
  accountStatus,
  accountThrottleKeys,
  accountThrottles,
  normaliseLoginName,
  throttleKeyAccount,
  underAttackLabel,
  USERNAME_PATTERN,
} from "@/lib/accounts/rules";
import { auditDiff, auditDiffText, entityLabel } from "@/lib/audit/diff";

describe("account rules", () => {
  it("reads a disabled account as 已停用 even when also locked", () => {
    expect([
      accountStatus(true, false),
      accountStatus(true, true),
      accountStatus(false, true),
      accountStatus(false, false),
    ]).toEqual(["ACTIVE", "LOCKED", "DISABLED", "DISABLED"]);
  });

  it("finds the account of the failed-login counters, not of an address's", () => {
    const keys = throttleKeys("gulin", "10.0.0.1");
    expect(throttleKeyAccount(keys.account)).toBe("gulin");
    expect(throttleKeyAccount(keys.accountClient)).toBe("gulin");
    expect(throttleKeyAccount(keys.client)).toBeNull();
    expect(throttleKeyAccount(throttleKeys("gulin", "2001:db8::1").accountClient)).toBe("gulin");
  });

  it("never reads a typed name that is no login name as an account (office@fake is not office)", () => {
    expect(normaliseLoginName(" Office ")).toBe("office");
    expect(normaliseLoginName("office@fake")).toBeNull();
    expect(normaliseLoginName("")).toBeNull();
    expect(throttleKeyAccount("account+client:office@fake@10.0.0.1")).toBeNull();
    expect(throttleKeyAccount("account:office@fake")).toBeNull();
    expect(throttleKeyAccount(throttleKeys("office", "device-abc").accountClient)).toBe("office");
  });

  it("tells the office of an account guessed at from several addresses, and of a real lock only", () => {
    const policies = loginPolicies({
      LOGIN_MAX_FAILURES: 5,
      LOGIN_LOCK_MINUTES: 15,
      LOGIN_CLIENT_MAX_FAILURES: 20,
      LOGIN_ACCOUNT_MAX_FAILURES: 20,
    });
    const now = new Date("2030-01-01T10:00:00Z");
    const ago = (m: number) => new Date(now.getTime() - m * 60_000);
    const rows = [
      {
        username: "account:gaoqiao",
        failures: 21,
        firstFailAt: ago(10),
        lockedUntil: new Date(now.getTime() + 60_000),
      },
      {
        username: "account+client:gaoqiao@10.0.0.1",
        failures: 5,
        firstFailAt: ago(10),
        lockedUntil: new Date(now.getTime() + 600_000),
      },
      ...["10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5"].map((a) => ({
        username: `account+client:gaoqiao@${a}`,
        failures: 4,
        firstFailAt: ago(5),
        lockedUntil: null,
      })),
      { username: "account+client:gaoqiao@device-abc", failures: 1, firstFailAt: ago(1), lockedUntil: null },
      {
        username: "account+client:office@fake@10.0.0.9",
        failures: 5,
        firstFailAt: ago(1),
        lockedUntil: new Date(now.getTime() + 600_000),
      },
      { username: "account:office@fake", failures: 5, firstFailAt: ago(1), lockedUntil: null },
      { username: "account:gulin", failures: 2, firstFailAt: ago(1), lockedUntil: null },
      { username: "account:yinjiang", failures: 9, firstFailAt: ago(120), lockedUntil: null },
    ];
    const t = accountThrottles(rows, now, policies);
    expect(t.get("gaoqiao")).toEqual({ locked: true, failures: 21, addresses: 5 });
    expect(underAttackLabel(t.get("gaoqiao"), policies)).toBe("近期多次登录失败（21 次，来自 5 个地址）");
    expect(t.has("office")).toBe(false);
    expect(underAttackLabel(t.get("gulin"), policies)).toBeNull();
    expect(underAttackLabel(t.get("yinjiang"), policies)).toBeNull(); // more than an hour ago
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
    expect(
      auditDiff({ status: "SUBMITTED", version: 1, name: "甲" }, { status: "ACCEPTED", version: 2, name: "甲" }),
    ).toEqual([
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
    expect(entityLabel("Case")).toBe("整治对象");
    expect(entityLabel("Mystery")).toBe("Mystery");
  });
});
