import { expect, test } from "@playwright/test";

import { confirmInPage, loginAs } from "./helpers";

// 市级评价考核 (docs/domain.md §市级): the city office opens 评价考核 from its menu, scores the manual item of 海曙区 and
// 江北区 (示例数据) with a reason, publishes 2020 after confirming, and reads the frozen result; 江北区's office reads its
// own published score (and nothing of 海曙区's), and the city's page is not found for it. Only this spec touches the
// city's 评价考核.

test("the city office scores the districts and publishes; 江北区's office sees its own score", async ({ page }) => {
  await loginAs(page, "city", /\/city$/);
  await page.getByRole("link", { name: "评价考核" }).first().click();
  await expect(page).toHaveURL(/\/city\/assessment/);
  await page.goto("/city/assessment?year=2020");
  await expect(page.getByRole("heading", { name: "2020年度区县评价考核" })).toBeVisible();
  await expect(page.getByTestId("sample-note")).toContainText("江北区");
  await expect(page.getByTestId("assessment-status")).toContainText("尚未发布");
  const jiangbeiRow = page.getByTestId("score-row").filter({ hasText: "江北区" });
  await expect(jiangbeiRow).toContainText("示例数据");
  await expect(jiangbeiRow).toContainText("未评");
  // A completion figure leads to the district's read-only ledger of what it counts.
  await expect(jiangbeiRow.getByRole("link", { name: /江北区淘汰落后产能完成率/ })).toHaveAttribute(
    "href",
    /\/city\/districts\/330205\/cases\?year=2020&status=ACCEPTED&category=ELIMINATION/,
  );

  const form = page.getByRole("form", { name: "评分与调整" });
  for (const [district, points, reason] of [
    ["海曙区", "18", "工作机制健全，推进有力"],
    ["江北区", "12", "机制建设尚待完善"],
  ]) {
    await form.getByLabel("区县（市）").selectOption({ label: district });
    await form.getByLabel("指标").selectOption({ label: "工作推进与机制建设（20分，市工强办评分）" });
    await form.getByLabel(/评分（0–20 分）/).fill(points);
    await form.getByLabel(/理由/).fill(reason);
    await form.getByRole("button", { name: "保存评分" }).click();
    await expect(form.getByText("评分已保存")).toBeVisible();
  }
  await expect(jiangbeiRow).toContainText("12");
  await expect(jiangbeiRow).not.toContainText("未评");

  await page.getByText("发布考核结果", { exact: true }).first().click();
  await page.getByRole("button", { name: "发布考核结果" }).click();
  await confirmInPage(page, /发布2020年度区县评价考核结果吗/);
  // The page comes back as published (the form and its notice give way to the frozen result).
  await expect(page.getByTestId("assessment-status")).toContainText("已发布（统计截至");
  await page.goto("/city/assessment?year=2020");
  await expect(page.getByTestId("assessment-status")).toContainText("已发布");
  await expect(page.getByText("考核结果已发布，方案、评分和调整已冻结。")).toBeVisible();
  await expect(page.getByRole("form", { name: "评分与调整" })).toHaveCount(0);

  await page.context().clearCookies();
  await loginAs(page, "jiangbei", /\/todo$/);
  await page.goto("/assessment");
  await page.getByRole("link", { name: "市级评价考核（本区得分）" }).click();
  await expect(page).toHaveURL(/\/assessment\/city$/);
  await expect(page.getByRole("heading", { name: "2020年度市级评价考核（江北区）" })).toBeVisible();
  await expect(page.getByTestId("own-score")).toContainText("江北区");
  await expect(page.getByTestId("own-score")).toContainText("机制建设尚待完善");
  await expect(page.getByTestId("sample-note")).toBeVisible();
  await expect(page.getByTestId("own-score")).not.toContainText("海曙区");
  const res = await page.goto("/city/assessment?year=2020");
  expect(res?.status()).toBe(404);
});
