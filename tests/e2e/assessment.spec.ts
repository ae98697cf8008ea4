import { expect, test } from "@playwright/test";

import { confirmInPage, loginAs } from "./helpers";

// 评价考核: the office publishes the 2020 scores of the units; 古林镇's officer then sees only its own
// score and breakdown — never another unit's, nor the departments'. Then the office withdraws the
// publication (a reason is required) and the scores are a draft again, open to adjustment. The six
// central 街道 ("/" in both categories) are listed but 不参与排名: a dash, not full marks.

test("the office publishes the 2020 unit scores; gulin sees only its own score and is refused another unit's breakdown", async ({
  page,
  browser,
}) => {
  await loginAs(page, "office", /\/todo$/);
  await page.getByRole("link", { name: "评价考核", exact: true }).first().click();
  await expect(page).toHaveURL(/\/assessment/);
  await expect(page.getByRole("heading", { name: "2020年度评价考核" })).toBeVisible();
  await expect(page.getByTestId("assessment-status")).toContainText("草稿");
  await expect(page.getByTestId("score-row")).toHaveCount(18);
  const yuehuRow = page.getByTestId("score-row").filter({ hasText: "月湖街道" });
  await expect(yuehuRow.getByTestId("not-ranked")).toHaveText("不参与排名");
  await expect(yuehuRow.locator("td").first()).toHaveText("—");
  await expect(page.getByTestId("score-row").first()).not.toContainText("不参与排名");
  await expect(page.getByTestId("applicability-rule")).toContainText("没有任何适用指标的单位（部门）不参与排名");
  const jishigangRow = page.getByTestId("score-row").filter({ hasText: "集士港镇" });
  await jishigangRow.locator("summary").click();
  await jishigangRow.getByRole("link", { name: "得分明细" }).click();
  await expect(page.getByTestId("own-score")).toContainText("集士港镇");
  const otherUnitUrl = page.url();
  await page.getByRole("link", { name: "返回排名" }).click();

  await page.locator("summary", { hasText: "发布考核结果" }).click();
  await page.getByLabel("统计截至").last().fill("2020-10-31");
  await page.getByRole("button", { name: "发布考核结果" }).click();
  await confirmInPage(page, /确定按 2020-10-31 的数据发布/);
  await expect(page.getByTestId("assessment-status")).toContainText("已发布（统计截至 2020");
  await expect(page.getByTestId("score-row")).toHaveCount(18);
  await expect(page.getByText("考核结果已发布，方案和调整已冻结。")).toBeVisible();
  await expect(page.locator("summary", { hasText: "调整分数" })).toHaveCount(0);

  const gulin = await browser.newPage();
  await loginAs(gulin, "gulin", /\/units\/\d+$/);
  await gulin.getByRole("link", { name: "评价考核", exact: true }).first().click();
  await expect(gulin.getByRole("heading", { name: "2020年度评价考核（本单位）" })).toBeVisible();
  await expect(gulin.getByTestId("assessment-status")).toContainText("已发布");
  await expect(gulin.getByTestId("own-score")).toContainText("古林镇");
  await expect(gulin.getByTestId("own-score")).toContainText(/第 \d+ 名，共 12 个/);
  await expect(gulin.getByTestId("score-table")).toHaveCount(0);
  await expect(gulin.getByText("集士港镇")).toHaveCount(0);
  await expect(gulin.getByRole("navigation", { name: "考核对象" })).toHaveCount(0);

  // Another unit's breakdown, the departments' scores and their export: not found.
  await gulin.goto(otherUnitUrl.replace(/^https?:\/\/[^/]+/, ""));
  await expect(gulin.getByTestId("own-score")).toHaveCount(0);
  await expect(gulin.getByRole("heading", { name: "页面不存在或无权访问" })).toBeVisible();
  const res = await gulin.request.get("/api/exports/assessment?target=DEPARTMENT");
  expect(res.status()).toBe(404);
  const own = await gulin.request.get("/api/exports/assessment");
  expect(own.status()).toBe(200);

  await page.locator("summary", { hasText: "撤回发布" }).click();
  await page.getByRole("button", { name: "撤回发布" }).click();
  await confirmInPage(page, /确定撤回.*的考核结果吗/);
  await expect(page.getByRole("form", { name: "撤回发布" }).getByRole("alert")).toHaveText("请填写撤回理由");
  await expect(page.getByTestId("assessment-status")).toContainText("已发布");
  await page.getByLabel("撤回理由（必填，记入审计日志）").fill("洞桥镇的加分理由有误，改正后重新发布");
  await page.getByRole("button", { name: "撤回发布" }).click();
  await confirmInPage(page, /确定撤回.*的考核结果吗/);
  await expect(page.getByTestId("assessment-status")).toContainText("草稿");
  await expect(page.getByTestId("assessment-status")).toContainText("尚未发布");
  await expect(page.locator("summary", { hasText: "调整分数" })).toHaveCount(1);
});
