import { expect, test } from "@playwright/test";

import { login, loginAs } from "./helpers";

test("an anonymous visitor is sent to the Chinese login page", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
  await expect(page.getByRole("heading", { name: "整治提升工作平台" })).toBeVisible();
});

test("a wrong password is refused with a Chinese message", async ({ page }) => {
  await login(page, "nanmen", "wrong-password-1");
  await expect(page.getByText("账号或密码错误")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("office sees the district annex with the computed totals 21 and 165", async ({ page }) => {
  await loginAs(page, "office", /\/todo$/);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "2020年度目标任务分解表" })).toBeVisible();
  const table = page.getByRole("table", { name: "目标任务分解表及完成情况" });
  await expect(table.getByRole("row")).toHaveCount(2 + 18 + 1);
  await expect(page.getByTestId("district-elimination")).toHaveText("21");
  await expect(page.getByTestId("district-rectification")).toHaveText("165");
  await expect(table.getByRole("row", { name: /月湖街道/ })).toContainText("/");
  await table.getByRole("link", { name: "集士港镇进度概况" }).click();
  await expect(page.getByRole("heading", { name: "集士港镇" })).toBeVisible();
});

test("a township officer sees only their own unit, and may keep its contact up to date", async ({ page, browser }) => {
  // Learn another unit's address the way a curious officer might: from a colleague's screen.
  const office = await browser.newPage();
  await loginAs(office, "office", /\/todo$/);
  await office.goto("/dashboard");
  const gulinHref = await office.getByRole("link", { name: "古林镇进度概况" }).getAttribute("href");
  await office.close();

  await loginAs(page, "jishigang", /\/units\/\d+$/);
  await expect(page.getByRole("heading", { name: "集士港镇" })).toBeVisible();
  await expect(page.getByTestId("quota-ELIMINATION")).toHaveText("3");
  await expect(page.getByTestId("quota-RECTIFICATION")).toHaveText("28");

  await page.getByLabel("联系人", { exact: true }).fill("陈伟");
  await page.getByLabel("联系电话").fill("13805741234");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("已保存")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("联系人", { exact: true })).toHaveValue("陈伟");

  await page.getByLabel("联系电话").fill("123");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("联系电话格式不正确")).toBeVisible();

  await page.goto(gulinHref!);
  await expect(page.getByRole("heading", { name: "页面不存在或无权访问" })).toBeVisible();
  await expect(page.getByText("古林镇")).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "页面不存在或无权访问" })).toBeVisible();
});

test("a department sees the task lines it leads, and no others", async ({ page }) => {
  await loginAs(page, "fgj", /\/todo$/);
  await page.goto("/tasks");
  await expect(page.getByRole("heading", { name: "区发改局牵头的重点工作" })).toBeVisible();
  for (const code of ["T1", "T2", "T9", "T10"]) await expect(page.getByTestId(`task-${code}`)).toBeVisible();
  await expect(page.getByTestId("task-T1")).toContainText("13家");
  await expect(page.getByTestId("task-T9")).toContainText("区发改局、区经信局");
  await expect(page.getByTestId("task-T3")).toHaveCount(0);
  await expect(page.getByTestId("task-T11")).toHaveCount(0);
});

test("the leader reads the dashboard but cannot edit a unit", async ({ page }) => {
  await loginAs(page, "leader", /\/dashboard$/);
  await page.getByRole("link", { name: "古林镇进度概况" }).click();
  await expect(page.getByRole("heading", { name: "古林镇" })).toBeVisible();
  await expect(page.getByRole("button", { name: "保存" })).toHaveCount(0);
});

test("logging out ends the session", async ({ page }) => {
  await loginAs(page, "office", /\/todo$/);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the unit page and the annex fit the screen without sideways scrolling of the page", async ({ page }) => {
    await loginAs(page, "gulin", /\/units\/\d+$/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // On a phone 退出登录 is in the header's menu.
    await page.getByRole("button", { name: "菜单" }).click();
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
    await loginAs(page, "office", /\/todo$/);
    await page.goto("/dashboard");
    await expect(page.getByTestId("district-rectification")).toHaveText("165");
    const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(pageOverflow).toBeLessThanOrEqual(0);
  });
});
