// On a 390 px phone the lists read as cards: each row a card of "label: value" lines, nothing wider than
// the screen, and every link and button in the list at least 44×44 px.
import { expect, test } from "@playwright/test";

import { loginAs } from "./helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const LISTS = [
  { path: "/cases", table: "整治台账", label: "类别" },
  // The fixture's submitted 洞桥示例建材厂 (tests/e2e/fixtures.ts) waits in the office's queue.
  { path: "/review", table: "待验收整治对象", label: "已等待" },
  { path: "/admin/users", table: "账号列表", label: "角色" },
  { path: "/admin/audit", table: "审计日志", label: "操作人" },
] as const;

test("整治台账, 待验收, 用户管理 and 审计日志 read as cards on a phone, with thumb-sized links and buttons", async ({
  page,
}) => {
  await loginAs(page, "office", /\/todo$/);
  for (const list of LISTS) {
    await page.goto(list.path);
    const table = page.getByRole("table", { name: list.table });
    const row = table.locator("tbody > tr").first();
    await expect(row).toBeVisible();
    const box = (await row.boundingBox())!;
    expect(box.x + box.width, list.path).toBeLessThanOrEqual(390);
    // The column heading is read before each value.
    const labels = await row
      .locator("td")
      .evaluateAll((tds) => tds.map((td) => getComputedStyle(td, "::before").content));
    expect(labels, list.path).toContain(`"${list.label}"`);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      list.path,
    ).toBeLessThanOrEqual(0);
    const small = await table.locator("a, button").evaluateAll(
      (els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.height < 44 || r.width < 44).length,
    );
    expect(small, list.path).toBe(0);
  }
});
