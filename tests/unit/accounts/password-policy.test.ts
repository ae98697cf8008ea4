import { describe, expect, it } from "vitest";

import {
  generateOneTimePassword,
  KNOWN_PASSWORDS,
  passwordProblem,
  passwordProblems,
} from "@/lib/accounts/password-policy";
import { DEMO_PASSWORD } from "@/prisma/seed-data";

describe("password policy", () => {
  it("accepts a password of 10+ characters with letters and digits, unrelated to the account", () => {
    expect(passwordProblems("lanqiao2026x", "zhangsan")).toEqual([]);
    expect(passwordProblem("Gulin-Spring-88", "gulin2")).toBeNull();
  });

  it("refuses fewer than 10 characters", () => {
    expect(passwordProblems("abc12345x", "zhangsan")).toEqual(["密码至少10位"]);
    expect(passwordProblem("abc123456x", "zhangsan")).toBeNull();
  });

  it("refuses more than 128 characters", () => {
    expect(passwordProblems(`a1${"x".repeat(127)}`, "zhangsan")).toEqual(["密码最多128位"]);
  });

  it("requires letters and digits", () => {
    expect(passwordProblems("abcdefghijkl", "zhangsan")).toEqual(["密码须同时包含字母和数字"]);
    expect(passwordProblems("123456789012", "zhangsan")).toEqual(["密码须同时包含字母和数字"]);
    expect(passwordProblems("中文密码中文密码中文密码", "zhangsan")).toContain("密码须同时包含字母和数字");
  });

  it("refuses spaces", () => {
    expect(passwordProblems("spring 2026 ok", "zhangsan")).toEqual(["密码不能包含空格"]);
  });

  it("refuses the username, or a password containing it, whatever the case", () => {
    expect(passwordProblems("zhangsan2026", "zhangsan")).toEqual(["密码不能与账号相同，也不能包含账号"]);
    expect(passwordProblems("my-ZhangSan-99", "zhangsan")).toEqual(["密码不能与账号相同，也不能包含账号"]);
    expect(passwordProblems("gulin12345", "GULIN12345")).toEqual(["密码不能与账号相同，也不能包含账号"]);
  });

  it("refuses the demo password and common ones, also written with other case or symbols", () => {
    expect(passwordProblem(DEMO_PASSWORD, "zhangsan")).not.toBeNull(); // also too short
    expect(passwordProblems("Demo@2020", "zhangsan")).toContain("该密码过于常见（如演示密码），请换一个");
    expect(passwordProblems("demo-2020-", "zhangsan")).toEqual(["该密码过于常见（如演示密码），请换一个"]);
    expect(passwordProblems("PASSWORD123", "zhangsan")).toEqual(["该密码过于常见（如演示密码），请换一个"]);
    for (const known of KNOWN_PASSWORDS)
      expect(passwordProblems(known, "zhangsan")).toContain("该密码过于常见（如演示密码），请换一个");
  });

  it("lists every broken rule at once", () => {
    expect(passwordProblems("gulin", "gulin")).toEqual([
      "密码至少10位",
      "密码须同时包含字母和数字",
      "密码不能与账号相同，也不能包含账号",
    ]);
  });
});

describe("one-time passwords", () => {
  const seeded = (seed: number) => {
    let x = seed;
    return (n: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % n;
    };
  };

  it("always satisfy the policy, for any account", () => {
    for (let seed = 1; seed < 300; seed++) {
      const otp = generateOneTimePassword("gulin", seeded(seed));
      expect(otp).toHaveLength(12);
      expect(passwordProblem(otp, "gulin")).toBeNull();
    }
  });

  it("avoid characters easily misread (0 O 1 l I)", () => {
    for (let seed = 1; seed < 100; seed++) expect(generateOneTimePassword("x1", seeded(seed))).not.toMatch(/[0O1lI]/);
  });

  it("draw again when a draw contains the username", () => {
    // The first draw spells the username "aaa2"-like sequence; the generator must retry.
    let calls = 0;
    const random = (n: number) => (calls++ < 12 ? 0 : (calls * 7) % n);
    const otp = generateOneTimePassword("aaa2", random);
    expect(otp.toLowerCase()).not.toContain("aaa2");
    expect(passwordProblem(otp, "aaa2")).toBeNull();
  });
});
