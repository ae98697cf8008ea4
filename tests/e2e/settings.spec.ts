import { expect, test } from "@playwright/test";

import { loginAs } from "./helpers";

test("the office adds a rectification outcome category and officers can pick it", async ({ page, browser }) => {
  await loginAs(page, "office", /\/todo$/);
  await page.getByRole("link", { name: "工作设置" }).click();
  await expect(page.getByRole("heading", { name: "“低散乱”整治结果类别" })).toBeVisible();
  await page.getByLabel("新增类别").fill("搬迁入园");
  // The outcome form's own button (the policy-basis list on the same page has one too).
  await page
    .locator("form")
    .filter({ has: page.getByLabel("新增类别") })
    .getByRole("button", { name: "添加" })
    .click();
  await expect(page.getByText("已添加")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "搬迁入园" })).toBeVisible();

  const officer = await browser.newPage();
  await loginAs(officer, "gulin", /\/units\/\d+$/);
  await officer.goto("/cases/new");
  await expect(officer.getByLabel("整治结果类别").getByRole("option", { name: "搬迁入园" })).toBeAttached();
  await officer.goto("/settings");
  await expect(officer.getByRole("heading", { name: "页面不存在或无权访问" })).toBeVisible();
});
