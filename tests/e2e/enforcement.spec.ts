import { expect, test } from "@playwright/test";

import { confirmInPage, loginAs } from "./helpers";

// Enforcement journeys in 龙观乡 (a unit no other spec uses): a 限期整改 that has run out makes the case
// overdue; the office escalates it (能耗 → 依法关停退出); and a public tip about a capacity swap is found
// under its kind.
const enterprise = `龙观逾期注塑厂${Date.now() % 100000}`;

test.describe.serial("measures, overdue and escalation", () => {
  test("a township records 限期整改 with a past deadline; the case shows 逾期 in the list", async ({ page }) => {
    await loginAs(page, "longguan", /\/units\/\d+$/);
    await page.goto("/cases/new");
    await page.getByLabel("企业（作坊）名称").fill(enterprise);
    await page.getByLabel("所属行业").selectOption({ label: "其他" });
    await page.getByRole("checkbox", { name: "能耗" }).check();
    await page.getByRole("button", { name: "登记" }).click();
    await expect(page).toHaveURL(/\/cases\/[a-z0-9]+$/);

    await page.getByText("记录执法措施", { exact: true }).click();
    const form = page.getByRole("form", { name: "记录执法措施" });
    await form.getByLabel("措施", { exact: true }).selectOption({ label: "限期整改" });
    await form.getByLabel("下达部门").selectOption({ label: "区发改局" });
    await form.getByLabel("措施日期").fill("2020-05-06");
    await form.getByLabel("文号（选填）").fill("海发改监〔2020〕8号");
    await form.getByLabel("整改期限").fill("2020-06-30");
    await form.getByRole("button", { name: "记录措施" }).click();
    await expect(form.getByRole("status")).toHaveText("措施已记录");
    const timeline = page.getByTestId("measure-timeline");
    await expect(timeline).toContainText("限期整改");
    await expect(timeline).toContainText("区发改局");
    await expect(timeline).toContainText("海发改监〔2020〕8号");
    await expect(page.getByTestId("overdue-badge")).toContainText("逾期");

    await page.goto("/cases");
    await page.getByLabel("整改期限").selectOption({ label: "逾期" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/overdue=1/);
    const row = page.getByRole("row", { name: new RegExp(enterprise) });
    await expect(row).toContainText("逾期");
  });

  test("the office escalates the 能耗 case with a reason; the history shows it", async ({ page }) => {
    await loginAs(page, "office", /\/todo$/);
    await page.goto("/dashboard");
    await expect(page.getByTestId("overdue-summary")).toContainText("逾期未整改的整治对象");
    await page.goto("/cases?overdue=1");
    await page.getByRole("link", { name: enterprise }).click();
    const form = page.getByRole("form", { name: "升级处置" });
    await form.getByLabel("升级处置理由").fill("限期整改期满，复查单位产品能耗仍超限额，依法关停退出");
    await form.getByRole("button", { name: "升级处置" }).click();
    await confirmInPage(page, /确定升级处置吗/);
    await expect(page.getByText("已升级处置", { exact: true }).first()).toBeVisible();
    const history = page.getByRole("region", { name: "审核记录" });
    await expect(history).toContainText("升级处置（能耗，关闭）");
    await expect(history).toContainText("限期整改期满，复查单位产品能耗仍超限额，依法关停退出");
    await expect(page.getByTestId("measure-timeline")).toContainText("升级处置：关闭");
    await expect(page.getByText(/整治结果：关停淘汰/)).toBeVisible();
    await expect(page.getByRole("form", { name: "升级处置" })).toHaveCount(0);
  });
});

test("a public tip about 产能违规置换 appears under that kind in the office's list", async ({ page, browser }) => {
  const name = `违规置换电炉项目${Date.now() % 100000}`;
  const context = await browser.newContext();
  const visitor = await context.newPage();
  // A city installation: the visitor first chooses the district the workshop is in.
  await visitor.goto("/tip");
  await visitor.getByRole("link", { name: "海曙区", exact: true }).click();
  await visitor.getByRole("radio", { name: "产能违规置换" }).check();
  await visitor.getByLabel("企业（作坊）名称").fill(name);
  await visitor.getByLabel("地址").fill("龙观乡某工业区");
  await visitor.getByLabel("看到的情况").fill("用已淘汰的产能指标置换新建中频炉");
  await visitor.getByRole("button", { name: "提交举报" }).click();
  await expect(visitor.getByTestId("tip-reference")).toHaveText(/^JB\d{8}-/);
  await context.close();

  await loginAs(page, "office", /\/todo$/);
  await page.goto("/tips");
  const kinds = page.getByRole("navigation", { name: "按举报类型筛选" });
  await kinds.getByRole("link", { name: "产能违规置换" }).click();
  await expect(page).toHaveURL(/kind=CAPACITY_SWAP/);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("产能违规置换");
  await kinds.getByRole("link", { name: "落后产能" }).click();
  await expect(page).toHaveURL(/kind=BACKWARD_CAPACITY/);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
});
