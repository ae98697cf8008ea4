// A township's home lists the most urgent few of its to-dos and says how many there are in all, with the way to the
// whole list; the whole list (待办) has no such link.
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { TodoList } from "@/components/home/todo-list";
import { HOME_TODO_LIMIT, type TodoItem } from "@/lib/home/todo";

const NOW = new Date("2026-11-27T02:00:00Z");
const items: TodoItem[] = Array.from({ length: HOME_TODO_LIMIT + 3 }, (_, i) => ({
  key: `case:${i}`,
  kind: "CASE_MISSING",
  title: `示例作坊${i + 1}`,
  details: ["缺少：整治前照片"],
  href: `/cases/c${i}`,
  action: "补充材料",
  due: null,
  since: NOW,
  sentBack: false,
}));
const cards = (html: string) => html.match(/data-testid="todo"/g)?.length ?? 0;

describe("the to-do list", () => {
  it("on a home: the first HOME_TODO_LIMIT cards, the whole count, and 查看全部 leading to 待办", () => {
    const html = renderToStaticMarkup(
      h(TodoList, { items: items.slice(0, HOME_TODO_LIMIT), total: items.length, more: "/todo", now: NOW, empty: "" }),
    );
    expect(cards(html)).toBe(HOME_TODO_LIMIT);
    expect(html).toContain(`共 ${items.length} 项`);
    expect(html).toMatch(new RegExp(`<a[^>]*href="/todo"[^>]*>查看全部 ${items.length} 项待办</a>`));
  });

  it("whole: every card and no link to itself; a home with no more than the limit has none either", () => {
    const whole = renderToStaticMarkup(h(TodoList, { items, now: NOW, empty: "" }));
    expect(cards(whole)).toBe(items.length);
    expect(whole).not.toContain("查看全部");
    const few = items.slice(0, 4);
    const home = renderToStaticMarkup(
      h(TodoList, { items: few, total: few.length, more: "/todo", now: NOW, empty: "" }),
    );
    expect(home).toContain("共 4 项");
    expect(home).not.toContain("查看全部");
  });
});
