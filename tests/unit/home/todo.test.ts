import { describe, expect, it } from "vitest";

import {
  caseTodo,
  type CaseTodoInput,
  dueText,
  emptyTodoText,
  endOfMonth,
  orderTodos,
  owesMonthlyEntry,
  type TodoItem,
  urgencyOf,
} from "@/lib/home/todo";

// Friday 27 November 2026, 10:00 in Beijing (02:00 UTC).
const NOW = new Date("2026-11-27T02:00:00Z");
const day = (s: string) => new Date(`${s}T00:00:00Z`);

const item = (key: string, over: Partial<TodoItem> = {}): TodoItem => ({
  key,
  kind: "CASE_MISSING",
  title: key,
  details: [],
  href: `/x/${key}`,
  action: "去办理",
  due: null,
  since: null,
  sentBack: false,
  ...over,
});

describe("urgency of a to-do", () => {
  it("is overdue once its due day has passed in Beijing, not on the day itself", () => {
    expect(urgencyOf(item("a", { due: day("2026-11-26") }), NOW)).toBe("OVERDUE");
    expect(urgencyOf(item("a", { due: day("2026-11-27") }), NOW)).toBe("DUE_SOON");
    // 23:30 on the 26th UTC is already the 27th in Beijing: the 26th is over.
    expect(urgencyOf(item("a", { due: day("2026-11-26") }), new Date("2026-11-26T16:30:00Z"))).toBe("OVERDUE");
    expect(urgencyOf(item("a", { due: day("2026-11-26") }), new Date("2026-11-26T15:30:00Z"))).toBe("DUE_SOON");
  });

  it("puts something sent back above what is merely due soon, and overdue above both", () => {
    expect(urgencyOf(item("a", { sentBack: true, due: day("2026-11-28") }), NOW)).toBe("SENT_BACK");
    expect(urgencyOf(item("a", { sentBack: true, due: day("2026-11-20") }), NOW)).toBe("OVERDUE");
  });

  it("is due soon within seven days counting today, waiting after that or without a day", () => {
    expect(urgencyOf(item("a", { due: day("2026-12-03") }), NOW)).toBe("DUE_SOON");
    expect(urgencyOf(item("a", { due: day("2026-12-04") }), NOW)).toBe("WAITING");
    expect(urgencyOf(item("a"), NOW)).toBe("WAITING");
  });
});

describe("the order of the list", () => {
  it("lists overdue first (oldest day first), then sent back, then due soon, then the rest", () => {
    const list = [
      item("waiting-notice", { kind: "NOTICE" }),
      item("due-soon", { kind: "FINDING", due: day("2026-11-30") }),
      item("returned", { kind: "CASE_RETURNED", sentBack: true }),
      item("overdue-late", { kind: "FINDING", due: day("2026-11-25") }),
      item("overdue-early", { kind: "CASE_OVERDUE", due: day("2026-10-01") }),
      item("waiting-case", { kind: "CASE_MISSING" }),
    ];
    expect(orderTodos(list, NOW).map((i) => i.key)).toEqual([
      "overdue-early",
      "overdue-late",
      "returned",
      "due-soon",
      "waiting-case",
      "waiting-notice",
    ]);
  });

  it("breaks ties by kind in the township's order, then the longest waiting, then the key", () => {
    const list = [
      item("visit", { kind: "RETURN_VISIT" }),
      item("notice-new", { kind: "NOTICE", since: day("2026-11-20") }),
      item("notice-old", { kind: "NOTICE", since: day("2026-11-01") }),
      item("ready", { kind: "CASE_READY" }),
      item("missing-b", { kind: "CASE_MISSING" }),
      item("missing-a", { kind: "CASE_MISSING" }),
      item("month", { kind: "CONTRIBUTION_MONTH" }),
    ];
    expect(orderTodos(list, NOW).map((i) => i.key)).toEqual([
      "missing-a",
      "missing-b",
      "ready",
      "notice-old",
      "notice-new",
      "month",
      "visit",
    ]);
  });

  it("does not depend on the order it was given, nor change it", () => {
    const list = [
      item("b", { due: day("2026-11-29") }),
      item("a", { sentBack: true }),
      item("c", { due: day("2026-11-01") }),
    ];
    const before = list.map((i) => i.key);
    const once = orderTodos(list, NOW).map((i) => i.key);
    expect(orderTodos([...list].reverse(), NOW).map((i) => i.key)).toEqual(once);
    expect(list.map((i) => i.key)).toEqual(before);
  });
});

describe("the due line of a card", () => {
  it.each([
    ["2026-11-20", "已逾期 7 天"],
    ["2026-11-27", "今天到期"],
    ["2026-11-30", "3 天后到期"],
    ["2026-12-31", "2026年12月31日前"],
  ])("%s reads %s", (due, text) => {
    expect(dueText(day(due), NOW)).toBe(text);
  });

  it("is absent without a due day", () => {
    expect(dueText(null, NOW)).toBeNull();
  });
});

describe("a township's case as a to-do", () => {
  const open: CaseTodoInput = {
    id: "c1",
    enterprise: "古林示例铸造厂",
    status: "IN_PROGRESS",
    missing: [],
    returnReason: null,
    returnedAt: null,
    deadline: day("2026-12-31"),
    overdue: false,
    createdAt: day("2026-03-01"),
  };

  it("a returned case says the reviewer's reason and what is still missing, and is sent back", () => {
    const t = caseTodo({
      ...open,
      status: "RETURNED",
      returnReason: "照片不清晰",
      returnedAt: day("2026-11-20"),
      missing: ["整治后照片"],
    })!;
    expect(t).toMatchObject({ kind: "CASE_RETURNED", sentBack: true, action: "去整改", href: "/cases/c1" });
    expect(t.details).toEqual(["退回原因：照片不清晰", "缺少：整治后照片"]);
  });

  it("a returned case without a written reason says so", () => {
    expect(caseTodo({ ...open, status: "RETURNED" })!.details).toEqual(["退回原因：（未填写）"]);
  });

  it("a case past its 整改期限 says so, with what is missing, and asks for the material", () => {
    const t = caseTodo({ ...open, overdue: true, deadline: day("2026-11-01"), missing: ["验收表", "整治前照片"] })!;
    expect(t).toMatchObject({ kind: "CASE_OVERDUE", action: "补充材料", due: day("2026-11-01") });
    expect(t.details).toEqual(["已超过整改期限，尚未上报", "缺少：验收表、整治前照片"]);
    expect(caseTodo({ ...open, overdue: true })!.action).toBe("去上报");
  });

  it("an open case missing items lists which, in the checklist's order", () => {
    const t = caseTodo({ ...open, status: "REGISTERED", missing: ["整治结果类别", "整治前照片", "整治后照片"] })!;
    expect(t).toMatchObject({ kind: "CASE_MISSING", action: "补充材料", sentBack: false });
    expect(t.details).toEqual(["缺少：整治结果类别、整治前照片、整治后照片"]);
  });

  it("a complete open case is to be 上报", () => {
    expect(caseTodo(open)).toMatchObject({ kind: "CASE_READY", action: "去上报" });
  });

  it("a submitted or accepted case waits on others: no to-do", () => {
    expect(caseTodo({ ...open, status: "SUBMITTED" })).toBeNull();
    expect(caseTodo({ ...open, status: "ACCEPTED", missing: ["整治后照片"] })).toBeNull();
  });
});

describe("the month's task-line entry", () => {
  const campaign = { startDate: day("2026-01-01"), deadline: day("2026-12-31"), closed: false };
  const line = { share: 10, confirmed: 4, entryDays: [day("2026-10-15")] };

  it("is owed until a contribution dated this month is entered, due at the month's end", () => {
    expect(owesMonthlyEntry(line, campaign, NOW)).toBe(true);
    expect(owesMonthlyEntry({ ...line, entryDays: [day("2026-11-02")] }, campaign, NOW)).toBe(false);
    expect(endOfMonth(NOW)).toEqual(day("2026-11-30"));
    expect(endOfMonth(new Date("2026-12-31T17:00:00Z"))).toEqual(day("2027-01-31")); // already 1 January in Beijing
  });

  it("is not owed once the share is reached, without a share, or outside the campaign", () => {
    expect(owesMonthlyEntry({ ...line, confirmed: 10 }, campaign, NOW)).toBe(false);
    expect(owesMonthlyEntry({ ...line, share: 0 }, campaign, NOW)).toBe(false);
    expect(owesMonthlyEntry(line, { ...campaign, closed: true }, NOW)).toBe(false);
    expect(owesMonthlyEntry(line, { ...campaign, deadline: day("2026-11-26") }, NOW)).toBe(false);
    expect(owesMonthlyEntry(line, { ...campaign, startDate: day("2026-11-28") }, NOW)).toBe(false);
  });

  it("counts an entry of the same month of another year as not this month's", () => {
    expect(owesMonthlyEntry({ ...line, entryDays: [day("2025-11-15")] }, campaign, NOW)).toBe(true);
  });
});

describe("an empty list", () => {
  it("says plainly that nothing waits, in the words of whose list it is", () => {
    expect(emptyTodoText({ township: true, department: null })).toBe("本单位暂无待办");
    expect(emptyTodoText({ township: false, department: "区经信局" })).toBe("区经信局暂无待办");
    expect(emptyTodoText({ township: false, department: null })).toBe("区工强办暂无待办");
  });
});
