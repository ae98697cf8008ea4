import { describe, expect, it } from "vitest";

import { formatTarget, taskLineRights } from "@/lib/tasks/lines";

describe("task-line target wording", () => {
  it("reads an exact count", () => {
    expect(formatTarget({ target: 13, atLeast: false, measure: "ENTERPRISE" }, "家")).toBe("13家");
  });
  it("reads 以上 for a minimum", () => {
    expect(formatTarget({ target: "1200.00", atLeast: true, measure: "MU" }, "亩")).toBe("1200亩以上");
  });
  it("describes done/not-done items", () => {
    expect(formatTarget({ target: null, atLeast: false, measure: "ITEM", items: [1, 2, 3] }, "项")).toBe(
      "3项重点任务（完成/未完成）",
    );
  });
  it("describes a line that only counts cases", () => {
    expect(formatTarget({ target: null, atLeast: false, measure: "CASE", items: [] }, "件")).toBe(
      "无数量目标，记录办理件数",
    );
  });
});

describe("what a user may do on a task line's page", () => {
  const line = { measure: "ENTERPRISE" as const, leadDepartmentIds: [3], computed: false };
  const office = { role: "OFFICE" as const, id: "o", unitId: null, departmentId: 1 };
  const lead = { role: "DEPARTMENT" as const, id: "d3", unitId: null, departmentId: 3 };
  const otherDept = { role: "DEPARTMENT" as const, id: "d4", unitId: null, departmentId: 4 };
  const township = { role: "TOWNSHIP" as const, id: "t", unitId: 5, departmentId: null };
  const leader = { role: "LEADER" as const, id: "l", unitId: null, departmentId: null };

  it("lets the lead department record, toggle items and confirm, but not adjust the line", () => {
    expect(taskLineRights(lead, line)).toMatchObject({
      ownUnitOnly: false,
      leads: true,
      record: true,
      toggleItems: true,
      adjust: false,
    });
  });
  it("lets the office confirm and adjust without recording entries of its own", () => {
    expect(taskLineRights(office, line)).toMatchObject({
      leads: true,
      record: false,
      toggleItems: false,
      adjust: true,
    });
  });
  it("gives another department and the leader reading only", () => {
    for (const actor of [otherDept, leader]) {
      expect(taskLineRights(actor, line)).toMatchObject({
        leads: false,
        record: false,
        toggleItems: false,
        adjust: false,
      });
    }
  });
  it("lets a township record its unit's part, except on item lines and the steel line", () => {
    expect(taskLineRights(township, line)).toMatchObject({ ownUnitOnly: true, leads: false, record: true });
    expect(taskLineRights(township, { ...line, measure: "ITEM" }).record).toBe(false);
    expect(taskLineRights(township, { ...line, computed: true }).record).toBe(false);
    expect(taskLineRights(lead, { ...line, computed: true }).record).toBe(false);
  });
  it("lets a township correct its unconfirmed contributions and a lead department its own entries", () => {
    const t = taskLineRights(township, line);
    expect(t.mayCorrect({ status: "PENDING", unitId: 5, authorId: "x" })).toBe(true);
    expect(t.mayCorrect({ status: "RETURNED", unitId: 5, authorId: "x" })).toBe(true);
    expect(t.mayCorrect({ status: "CONFIRMED", unitId: 5, authorId: "x" })).toBe(false);
    const d = taskLineRights(lead, line);
    expect(d.mayCorrect({ status: null, unitId: null, authorId: "d3" })).toBe(true);
    expect(d.mayCorrect({ status: null, unitId: null, authorId: "someone" })).toBe(false);
    expect(d.mayCorrect({ status: "PENDING", unitId: 5, authorId: "d3" })).toBe(false);
    expect(taskLineRights(office, line).mayCorrect({ status: null, unitId: null, authorId: "o" })).toBe(false);
  });
});
