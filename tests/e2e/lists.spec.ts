// 目标外 (docs/domain.md §目标与分解表): 月湖街道 has “/” in both columns of the 2020 annex; registering a case
// there asks for a confirmation in the page and the case is marked 目标外 on its page and in the ledger.
import { expect, test } from "@playwright/test";

import { confirmInPage, loginAs } from "./helpers";

test("目标外: 月湖街道 confirms in the page, and the case carries the 目标外 badge", async ({ page }) => {
  await loginAs(page, "yuehu", /\/units\/\d+$/);
  await page.getByRole("link", { name: "登记整治对象" }).filter({ visible: true }).first().click();
  await expect(page.getByTestId("outside-target-note")).toContainText("“/”");
  const name = `月湖目标外作坊${Date.now().toString().slice(-6)}`;
  await page.getByLabel("企业（作坊）名称").fill(name);
  await page.getByLabel("所属行业").selectOption({ label: "食品" });
  await page.getByRole("checkbox", { name: "环保" }).check();
  await page.getByRole("button", { name: "登记", exact: true }).click();
  // Cancelling registers nothing; confirming registers the case as 目标外.
  await page
    .getByRole("alertdialog", { name: /确定登记为目标外整治对象吗/ })
    .getByRole("button", { name: "取消" })
    .click();
  await expect(page).toHaveURL(/\/cases\/new$/);
  await page.getByRole("button", { name: "登记", exact: true }).click();
  await confirmInPage(page, /确定登记为目标外整治对象吗/, "确定登记为目标外");
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByTestId("outside-target-badge")).toHaveText("目标外");

  await page.goto("/cases");
  await expect(page.getByRole("row", { name: new RegExp(name) }).getByTestId("outside-target-badge")).toBeVisible();
});

test("达标单位 n/m beside the district sum, counted unit by unit", async ({ page }) => {
  await loginAs(page, "office", /\/todo$/);
  await page.goto("/dashboard");
  const annex = page.getByRole("table", { name: "目标任务分解表及完成情况" });
  // Read back from the unit rows: target and accepted of each category.
  const met = [0, 0];
  const of = [0, 0];
  for (const row of await annex.locator("tbody tr").all()) {
    const cells = await row.getByRole("cell").allInnerTexts();
    [0, 5].forEach((col, i) => {
      if (cells[col] === "/") return;
      of[i]++;
      if (Number(cells[col + 3]) >= Number(cells[col])) met[i]++;
    });
  }
  expect(of).toEqual([10, 11]);
  await expect(page.getByTestId("units-met-ELIMINATION")).toHaveText(`达标单位 ${met[0]}/10`);
  await expect(page.getByTestId("units-met-RECTIFICATION")).toHaveText(`达标单位 ${met[1]}/11`);
  await expect(annex.getByRole("row", { name: /全区/ })).toContainText("淘汰：达标单位");
});
