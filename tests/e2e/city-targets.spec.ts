import { expect, test } from "@playwright/test";

import { confirmInPage, loginAs } from "./helpers";

// 区县目标 (docs/domain.md §市级): the city office opens 2022 and sets 海曙区's targets — 海曙区 has no 2022 yet,
// so it reads 未开展; it raises 2020's 淘汰 target above 海曙区's annex (26 against 21) — the city demo has
// issued 21, so it confirms the overwrite first — and 海曙区 reads 未分解 差 5; the district office sees
// 尚差 5 家 on its 2020 quota page; the city leader reads the grid without a form. Years 2020 and 2022 are
// the city's only here: city.spec sets 2021, no other spec file sets a district target.

test("the city office sets targets and sees which district has not split them; the district sees its gap", async ({
  page,
}) => {
  await loginAs(page, "e2e-shi", /\/city$/);
  await page.getByRole("link", { name: "区县目标" }).first().click();
  await expect(page).toHaveURL(/\/city\/targets/);

  await page.goto("/city/targets?year=2022");
  await expect(page.getByRole("heading", { name: "2022年度区县目标" })).toBeVisible();
  await page.getByLabel("海曙区淘汰落后产能目标").fill("21");
  await page.getByLabel("海曙区“低散乱”整治提升目标").fill("165");
  await page.getByRole("button", { name: "保存目标" }).click();
  await expect(page.getByText("已保存 2022 年度区县目标（修改 2 项）")).toBeVisible();
  await expect(page.getByTestId("not-split")).toContainText("海曙区（未开展）");

  // 2020's targets were issued (the city demo: 海曙区 21 / 165, its annex): overwriting one asks first.
  await page.goto("/city/targets?year=2020");
  const row = page.getByRole("row", { name: /海曙区/ });
  await expect(page.getByLabel("海曙区淘汰落后产能目标")).toHaveValue("21");
  await expect(row).toContainText("已分解");
  await page.getByLabel("海曙区淘汰落后产能目标").fill("26");
  await page.getByRole("button", { name: "保存目标" }).click();
  await confirmInPage(page, /海曙区淘汰落后产能 21 → 26。确定保存吗？/, "确定覆盖并保存");
  await expect(page.getByText("已保存 2020 年度区县目标（修改 1 项）")).toBeVisible();
  await expect(row).toContainText("未分解");
  await expect(row).toContainText("淘汰差 5");

  await page.context().clearCookies();
  await loginAs(page, "office", /\/todo$/);
  await page.goto("/admin/campaigns");
  await page.getByRole("link", { name: /2020/ }).first().click();
  await expect(page.getByTestId("city-target-gap")).toHaveText(
    "淘汰落后产能：市下达目标 26 家，已分解 21 家，尚差 5 家",
  );

  await page.context().clearCookies();
  await loginAs(page, "e2e-shiling", /\/city$/);
  await page.goto("/city/targets?year=2020");
  await expect(page.getByRole("row", { name: /海曙区/ })).toContainText("26");
  await expect(page.getByRole("button", { name: "保存目标" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "导出 Excel" })).toBeVisible();
});
