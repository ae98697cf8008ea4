// A township officer's home on a 390 px phone: what to do today, most urgent first, each with one tap
// to act; a prominent 登记案件; a compact header that stays on screen with the account controls in its
// menu; every control at least 44×44 px. 古林镇's to-dos are fixtures (tests/e2e/fixtures.ts); this file
// only reads them.
import { expect, type Page, test } from "@playwright/test";

import { HOME_TODO_LIMIT } from "../../lib/home/todo";
import { loginAs } from "./helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Visible links, buttons and form controls smaller than 44×44 px, described for the failure message. */
async function smallControls(page: Page): Promise<string[]> {
  return page.locator("a, button, input:not([type=hidden]), select, textarea, summary").evaluateAll((els) =>
    els
      .filter((el) => {
        const style = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        // Hidden controls (display: none, sr-only file inputs behind their buttons) are not touched.
        return style.visibility !== "hidden" && r.width > 1 && r.height > 1;
      })
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(
        ({ el, r }) =>
          `${el.tagName} “${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 30)}” ${Math.round(r.width)}×${Math.round(r.height)}`,
      ),
  );
}

test("gulin's home on a phone lists its overdue finding, its returned case and its unread 通报, one tap each", async ({
  page,
}) => {
  await loginAs(page, "gulin", /\/units\/\d+$/);
  const list = page.getByRole("list", { name: "今日待办" });
  const card = (text: string) => list.getByTestId("todo").filter({ hasText: text });

  const finding = card("车间消防通道堆放原料");
  await expect(finding).toContainText("已逾期");
  await expect(finding).toContainText("整改要求：清理消防通道并提供现场照片");
  const returned = card("古林示例退回作坊");
  await expect(returned).toContainText("退回原因：整治前后照片拍摄角度不同，请按同一角度补拍");
  await expect(returned).toContainText(/缺少：.*整治前照片/);
  for (const c of [finding, returned]) await expect(c.getByRole("link")).toHaveCount(1);
  // The home shows the most urgent few (HOME_TODO_LIMIT); the whole list is on 待办.
  expect(await list.getByTestId("todo").count()).toBeLessThanOrEqual(HOME_TODO_LIMIT);
  await expect(page.getByText("本单位暂无待办")).toHaveCount(0);

  // 登记案件 stands out above the list; the figures come after it.
  const register = page.getByRole("main").getByRole("link", { name: "登记整治对象" });
  await expect(register).toBeVisible();
  const listBox = (await list.boundingBox())!;
  expect((await register.boundingBox())!.y).toBeLessThan(listBox.y);

  // Nothing wider than the screen, nothing under a thumb's size.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - 390)).toBeLessThanOrEqual(0);
  expect(await smallControls(page)).toEqual([]);

  // The header is one compact row that stays on screen; the year, 修改密码 and 退出登录 are in its menu.
  const header = page.getByRole("banner");
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
  await expect(page.getByLabel("查看年度")).toBeHidden();
  await expect(page.getByRole("button", { name: "退出登录" })).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, 2000));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect((await header.boundingBox())!.y).toBe(0);
  const menu = page.getByRole("button", { name: "菜单" });
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByLabel("查看年度")).toBeVisible();
  await expect(page.getByRole("link", { name: "修改密码" })).toBeVisible();
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  expect(await smallControls(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await expect(page.getByRole("button", { name: "退出登录" })).toBeHidden();

  // One tap on the finding opens it, where the answer offers 拍照 beside the upload.
  await finding.getByRole("link").tap();
  await expect(page).toHaveURL(/\/inspections\/findings\/[a-z0-9]+$/);
  await expect(page.getByRole("button", { name: "拍照" })).toBeVisible();
  await expect(page.getByRole("button", { name: "上传整改证据" })).toBeVisible();
  await expect(page.getByLabel("拍摄整改证据")).toHaveAttribute("capture", "environment");

  // The whole list (待办): most urgent first — the overdue finding, then the case sent back, then the 通报 waiting
  // to be read — and the unit's page one tap away.
  await page.goto("/todo");
  await expect(page.getByRole("heading", { name: /^古林镇待办（\d{4}年度）$/, level: 1 })).toBeVisible();
  const all = page.getByRole("list", { name: "待办事项" });
  const notice = all.getByTestId("todo").filter({ hasText: "关于整治提升进展较慢单位的通报" });
  await expect(notice).toContainText("尚未确认已阅");
  await expect(notice.getByRole("link")).toHaveCount(1);
  const titles = await all.getByTestId("todo").locator("h3").allTextContents();
  const at = (t: string) => titles.findIndex((x) => x.includes(t));
  expect(at("车间消防通道堆放原料")).toBeGreaterThanOrEqual(0);
  expect(at("车间消防通道堆放原料")).toBeLessThan(at("古林示例退回作坊"));
  expect(at("古林示例退回作坊")).toBeLessThan(at("关于整治提升进展较慢单位的通报"));
  await expect(page.getByRole("main").getByRole("link", { name: "返回本单位" })).toHaveAttribute(
    "href",
    /^\/units\/\d+$/,
  );
  expect(await smallControls(page)).toEqual([]);

  // The 通报's tap leads to it on the 通报约谈 page, where it is acknowledged.
  await notice.getByRole("link").tap();
  await expect(page).toHaveURL(/\/supervision#notice-[a-z0-9]+$/);
  const id = page.url().split("#")[1];
  await expect(page.locator(`#${id}`).getByRole("button", { name: "确认已阅" })).toBeVisible();
});

test("a township with nothing waiting says so plainly", async ({ page }) => {
  await loginAs(page, "gulou", /\/units\/\d+$/);
  await expect(page.getByText("本单位暂无待办")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "登记整治对象" })).toBeVisible();
  expect(await smallControls(page)).toEqual([]);
});

test.describe("the office's and a department's home", () => {
  test.use({ viewport: { width: 1366, height: 800 }, isMobile: false, hasTouch: false });

  test("the office opens on what waits on it, one click to act, 全区总览 one click away", async ({ page }) => {
    await loginAs(page, "office", /\/todo$/);
    await expect(page.getByRole("heading", { name: /^区工强办待办（\d{4}年度）$/, level: 1 })).toBeVisible();
    // The fixture's submitted 洞桥示例建材厂 (tests/e2e/fixtures.ts) waits for 验收.
    const review = page
      .getByRole("list", { name: "待办事项" })
      .getByTestId("todo")
      .filter({ hasText: "洞桥示例建材厂" });
    await expect(review).toContainText("洞桥镇已上报，待验收");
    await expect(review.getByRole("link")).toHaveCount(1);
    await review.getByRole("link", { name: "去验收：洞桥示例建材厂" }).click();
    await expect(page).toHaveURL(/\/cases\/[a-z0-9]+$/);
    await expect(page.getByRole("heading", { name: "洞桥示例建材厂", level: 1 })).toBeVisible();
    await page.goBack();
    await page.getByRole("main").getByRole("link", { name: "查看全区总览" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "2020年度目标任务分解表" })).toBeVisible();
  });

  test("a department opens on its list, and one with nothing waiting says so plainly", async ({ page }) => {
    await loginAs(page, "fgj", /\/todo$/);
    await expect(page.getByRole("heading", { name: /^区发改局待办/, level: 1 })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "查看全区总览" })).toBeVisible();
    // The header's first entry is the home: 待办.
    await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link").first()).toHaveText("待办");
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
    await loginAs(page, "zhzf", /\/todo$/);
    await expect(page.getByText("区综合行政执法局暂无待办")).toBeVisible();
  });

  test("the leader keeps 全区总览 as home", async ({ page }) => {
    await loginAs(page, "leader", /\/dashboard$/);
    await expect(page.getByRole("link", { name: "待办" })).toHaveCount(0);
  });
});
