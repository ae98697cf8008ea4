import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { auditDiff, readableDate, showValue } from "@/lib/audit/diff";
import { auditActionLabel, auditActionName } from "@/lib/labels";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

// Every way server/ names an audited action: defineAction's name, an upload's action, writeAudit's third
// argument, a case transition's name, and a row written directly.
const PATTERNS = [
  /\bname: "([a-zA-Z]+(?:\.[a-zA-Z]+)+)"/g,
  /\baction: "([a-zA-Z]+(?:\.[a-zA-Z]+)+)"/g,
  /writeAudit\([^,]+,[^,]+,\s*"([a-zA-Z.]+)"/g,
  /defineTransition\([^)]*?"([a-zA-Z]+\.[a-zA-Z]+)"/g,
];

function auditedActions(): Set<string> {
  const found = new Set<string>();
  for (const file of sources(join(process.cwd(), "server"))) {
    const text = readFileSync(file, "utf8");
    for (const p of PATTERNS) for (const m of text.matchAll(p)) found.add(m[1]);
  }
  return found;
}

describe("the audit log in Chinese", () => {
  it("has a label for every action string written by server/", () => {
    const actions = auditedActions();
    expect(actions.size).toBeGreaterThan(60);
    expect(actions).toContain("case.submit");
    expect(actions).toContain("punishment.snapshot");
    expect([...actions].filter((a) => !Object.hasOwn(auditActionLabel, a))).toEqual([]);
  });

  it("names actions, and shows an unknown one as its code", () => {
    expect(auditActionName("user.create")).toBe("新建用户");
    expect(auditActionName("case.submit")).toBe("上报验收");
    expect(auditActionName("mystery.thing")).toBe("mystery.thing");
    expect(auditActionName("toString")).toBe("toString");
  });

  it("reads a calendar day as a day and a moment in Beijing time", () => {
    expect(readableDate("2021-12-31T00:00:00.000Z", "deadline")).toBe("2021-12-31");
    expect(readableDate("2021-12-31T00:00:00.000Z", "lockedUntil")).toBe("2021-12-31 08:00");
    expect(readableDate("2021-12-31T16:30:00.000Z", "createdAt")).toBe("2022-01-01 00:30");
    expect(readableDate("海曙区", "name")).toBe("海曙区");
  });

  it("shows roles, states and fields by their Chinese names", () => {
    expect(showValue("TOWNSHIP", "role")).toBe("镇街/园区经办人");
    expect(showValue("SUBMITTED", "status", "Case")).toBe("已上报");
    expect(showValue("RECEIVED", "status", "Tip")).toBe("待交办");
    expect(
      auditDiff(
        { sessionVersion: 1, lockedUntil: null },
        { sessionVersion: 2, lockedUntil: "2021-06-30T02:00:00.000Z" },
        "User",
      ),
    ).toEqual([
      { field: "sessionVersion", label: "登录会话版本", before: "1", after: "2" },
      { field: "lockedUntil", label: "锁定至", before: "—", after: "2021-06-30 10:00" },
    ]);
    expect(auditDiff(null, { dimensions: ["ENERGY", "SAFETY"] }, "Case")).toEqual([
      { field: "dimensions", label: "方面", before: "—", after: "能耗、安全" },
    ]);
  });
});
