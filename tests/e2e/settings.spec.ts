import { expect, test } from "@playwright/test";

import { confirmInPage, loginAs } from "./helpers";

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

test("the office changes a 政策依据's 发布机关 after a confirmation saying who reviews future cases", async ({
  page,
}) => {
  await loginAs(page, "office", /\/todo$/);
  await page.goto("/settings");
  const row = page
    .getByTestId("policy-issuer-row")
    .filter({ hasText: "工信部 高耗能落后机电设备（产品）淘汰目录：Y系列三相异步电动机" });
  const select = row.getByLabel("发布机关（决定审核部门）");
  await expect(select).toHaveValue("MIIT");
  await expect(row.getByRole("button", { name: "修改" })).toBeDisabled();
  await select.selectOption("NDRC_CATALOGUE");
  await row.getByRole("button", { name: "修改" }).click();
  await confirmInPage(
    page,
    /今后登记或改选“工信部 高耗能落后机电设备（产品）淘汰目录：Y系列三相异步电动机”的淘汰落后产能企业，其产业政策方面由区发改局审核/,
    "确定修改",
  );
  await expect(row.getByText(/已修改：今后此依据的整治对象由区发改局审核/)).toBeVisible();
  await page.reload();
  await expect(select).toHaveValue("NDRC_CATALOGUE");
  // Back as it was, for the specs after this one.
  await select.selectOption("MIIT");
  await row.getByRole("button", { name: "修改" }).click();
  await confirmInPage(page, /由区经信局审核/, "确定修改");
  await expect(row.getByText(/已修改：今后此依据的整治对象由区经信局审核/)).toBeVisible();
});
