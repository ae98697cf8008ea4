import { expect, type Page, test } from "@playwright/test";

import { creditCheckChar } from "../../lib/enterprises/credit-code";
import { confirmInPage, loginAs } from "./helpers";

// Every unit carries out every line: 古林镇 records its part of T7 (有限空间作业企业整治, 61家), 区应急管理局
// confirms or returns it, and the line counts only what was confirmed. Departments read the district
// dashboard but act on nothing there. Serial: the steps build on each other.
test.describe.configure({ mode: "serial" });

const code = (n: number) => {
  const first17 = `91330203MA2E${String(n).padStart(5, "0")}`;
  return first17 + creditCheckChar(first17);
};
const stamp = Date.now() % 90_000;

async function openT7(page: Page) {
  await page.goto("/tasks");
  await page.getByTestId("task-T7").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/tasks\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "有限空间作业企业整治" })).toBeVisible();
}

async function recordOne(page: Page, name: string, creditCode: string) {
  const form = page.getByRole("form", { name: "登记进展" });
  await form.getByLabel("本次完成数量（家）").fill("1");
  // The "new enterprise" panel stays open after the first entry.
  if (!(await form.getByLabel("企业名称").isVisible())) await form.getByText("台账中没有？新增企业").click();
  await form.getByLabel("企业名称").fill(name);
  await form.getByLabel("统一社会信用代码").fill(creditCode);
  await form.getByLabel("所在镇（街道）").selectOption({ label: "古林镇" });
  await form.getByLabel("行业").selectOption({ label: "其他" });
  await form.getByRole("button", { name: "加入列表" }).click();
  await form.getByLabel("说明").fill(`${name}建立有限空间作业操作规程`);
  await form.getByRole("button", { name: "登记进展" }).click();
  await expect(form.getByRole("status")).toHaveText("进展已登记");
}

test("gulin records 2 confined-space enterprises on T7; they wait for confirmation", async ({ page }) => {
  await loginAs(page, "gulin", /\/units\/\d+$/);
  await page.getByRole("navigation").getByRole("link", { name: "重点工作任务" }).first().click();
  await expect(page.getByRole("heading", { name: "古林镇承担的重点工作任务" })).toBeVisible();
  await expect(page.getByTestId("task-T6b")).toContainText("严格生产许可准入，严厉打击无证违法生产");
  await openT7(page);
  await expect(page.getByTestId("own-part")).toContainText("未分解");
  await recordOne(page, "古林甲机械厂", code(stamp));
  await recordOne(page, "古林乙化工厂", code(stamp + 1));
  const entries = page.getByTestId("history-entry");
  await expect(entries).toHaveCount(2);
  await expect(entries.getByTestId("entry-status")).toHaveText(["待确认", "待确认"]);
  await expect(page.getByTestId("own-confirmed")).toHaveText("0家");
});

test("yjgl confirms one and returns one with a reason; the line shows 1/61 with 古林镇's row", async ({ page }) => {
  await loginAs(page, "yjgl", /\/todo$/);
  await page.goto("/tasks");
  const queue = page.getByTestId("pending-contribution");
  await expect(queue).toHaveCount(2);
  const first = queue.filter({ hasText: "古林甲机械厂" });
  await first.getByRole("button", { name: "确认" }).click();
  await confirmInPage(page, /确认古林镇的1家（古林甲机械厂）/);
  await expect(queue).toHaveCount(1);

  const second = queue.filter({ hasText: "古林乙化工厂" });
  await second.getByRole("button", { name: "退回" }).click();
  await second.getByLabel("退回理由").fill("缺少整改后现场照片");
  await second.getByRole("button", { name: "确认退回" }).click();
  await expect(queue).toHaveCount(0);

  await openT7(page);
  await expect(page.getByTestId("line-of-target")).toHaveText("1/61家");
  const row = page.getByTestId("unit-row-古林镇");
  await expect(row.getByTestId("confirmed")).toHaveText("1家");
  await expect(row).toContainText("1条"); // the returned one
  await expect(page.getByTestId("history-entry").filter({ hasText: "古林乙化工厂" })).toContainText(
    "退回理由：缺少整改后现场照片",
  );
});

test("gulin sees the returned one with its reason to correct", async ({ page }) => {
  await loginAs(page, "gulin", /\/units\/\d+$/);
  await page.goto("/tasks");
  await expect(page.getByRole("alert").filter({ hasText: "被牵头部门退回" })).toContainText(
    "有 1 条进展被牵头部门退回",
  );
  await openT7(page);
  await expect(page.getByTestId("own-confirmed")).toHaveText("1家");
  const returned = page.getByTestId("history-entry").filter({ hasText: "古林乙化工厂" });
  await expect(returned.getByTestId("entry-status")).toHaveText("已退回");
  await expect(returned).toContainText("缺少整改后现场照片（请更正后重新提交）");
  await expect(returned.getByText("更正并重新提交")).toBeVisible();
});

test("fgj opens the district dashboard and cannot act on it, nor on a case outside its remit", async ({ page }) => {
  await loginAs(page, "fgj", /\/todo$/);
  await page.getByRole("navigation").getByRole("link", { name: "全区总览" }).first().click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "页面不存在或无权访问" })).toHaveCount(0);
  await expect(page.getByText("洞桥镇").first()).toBeVisible();
  // Read-only: the exports and printing, nothing that changes data.
  await expect(
    page.locator("main").getByRole("button", { name: /验收|退回|登记|保存|确认|通报|约谈|调整/ }),
  ).toHaveCount(0);

  // The ledger of every unit is readable; a submitted 洞桥镇 case outside 区发改局's dimensions cannot be reviewed.
  await page.goto("/cases?q=%E6%B4%9E%E6%A1%A5%E7%A4%BA%E4%BE%8B%E5%BB%BA%E6%9D%90%E5%8E%82");
  await page.getByRole("link", { name: "洞桥示例建材厂" }).click();
  await expect(page.getByRole("heading", { name: "洞桥示例建材厂" })).toBeVisible();
  await expect(page.getByRole("button", { name: "验收通过" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "退回" })).toHaveCount(0);
  const caseId = page.url().split("/").pop()!;
  const refused = await page.request.post(`/api/cases/${caseId}/evidence`, {
    multipart: {
      kind: "OTHER",
      file: { name: "x.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") },
    },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(refused.status()).toBe(404);
  await page.goto("/review");
  await expect(page.getByText("洞桥示例建材厂")).toHaveCount(0);
});
