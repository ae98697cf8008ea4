import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";

import { loginAs } from "./helpers";

// One fresh database for the run: these journeys build on each other in order.
test.describe.configure({ mode: "serial" });

test("fgj records 5 of the 13 energy inspections on T1 and sees 38%", async ({ page }) => {
  await loginAs(page, "fgj", /\/todo$/);
  await page.goto("/tasks");
  await expect(page.getByTestId("task-T1").getByTestId("achieved")).toHaveText("0家 · 0%");
  await page.getByTestId("task-T1").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: /重点行业节能专项监察/ })).toBeVisible();

  const form = page.getByRole("form", { name: "登记进展" });
  await form.getByLabel("本次完成数量（家）").fill("2.5");
  await form.getByRole("button", { name: "登记进展" }).click();
  await expect(form.getByRole("alert")).toHaveText("企业数应为整数");

  await form.getByLabel("本次完成数量（家）").fill("5");
  await form.getByLabel("说明").fill("上半年完成5家重点企业节能监察");
  await form.getByRole("button", { name: "登记进展" }).click();
  await expect(form.getByRole("status")).toHaveText("进展已登记");
  await expect(page.getByTestId("line-achieved")).toHaveText("5家 · 38%");
  const entry = page.getByTestId("history-entry");
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("上半年完成5家重点企业节能监察");
  await expect(entry).toContainText("区发改局");

  await page.getByRole("link", { name: "← 返回任务列表" }).click();
  await expect(page.getByTestId("task-T1").getByTestId("achieved")).toHaveText("5家 · 38%");
  // 2020's deadline has passed: an unfinished line is flagged.
  await expect(page.getByTestId("task-T1").getByTestId("pace")).toContainText("逾期未完成");
});

test("sthj marks one of T4's items done", async ({ page }) => {
  await loginAs(page, "sthj", /\/todo$/);
  await page.goto("/tasks");
  await page.getByTestId("task-T4").getByRole("link").first().click();
  await expect(page.getByTestId("item-1")).toContainText("○ 未完成");
  await page.getByRole("button", { name: "标记“完成燃气锅炉低氮改造”完成" }).click();
  await expect(page.getByTestId("item-1")).toContainText("✔ 已完成");
  await expect(page.getByTestId("line-achieved")).toHaveText("1/3项 · 33%");
  await expect(page.getByTestId("history-entry")).toContainText("完成：完成燃气锅炉低氮改造");
});

test("office sees both on the overview, flagged, and can export it", async ({ page }) => {
  await loginAs(page, "office", /\/todo$/);
  await page.getByRole("link", { name: "重点工作任务" }).click();
  await expect(page.getByRole("heading", { name: "重点工作任务进展总览" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /能耗方面/ })).toBeVisible();
  await expect(page.getByTestId("task-T1").getByTestId("achieved")).toHaveText("5家 · 38%");
  await expect(page.getByTestId("task-T1").getByRole("progressbar")).toHaveAttribute("aria-valuenow", "38");
  await expect(page.getByTestId("task-T4").getByTestId("achieved")).toHaveText("1/3项 · 33%");
  await expect(page.getByTestId("task-T4").getByTestId("pace")).toContainText("逾期未完成");

  await page.getByRole("link", { name: "按牵头部门" }).click();
  const fgj = page.getByRole("region", { name: /区发改局/ });
  await expect(fgj.getByTestId("task-T1")).toBeVisible();
  await expect(page.getByRole("region", { name: /区经信局/ }).getByTestId("task-T9")).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出Excel" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("2020年重点工作进展.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  const line = (code: string) => {
    const row = ws.getColumn(1).values.findIndex((v) => v === code);
    expect(row, code).toBeGreaterThan(1);
    return Object.fromEntries(header.map((h, i) => [String(h), ws.getCell(row, i + 1).value]));
  };
  expect(ws.rowCount).toBe(1 + 16);
  expect(line("T1")).toMatchObject({
    编号: "T1",
    牵头部门: "区发改局",
    目标: "13家",
    累计完成: "5家",
    完成率: "38%",
    进度: "逾期未完成",
    最近进展: "5家",
    最近进展说明: "上半年完成5家重点企业节能监察",
    登记人: "区发改局经办人",
  });
  expect(line("T4")).toMatchObject({ 编号: "T4", 累计完成: "1/3项", 完成率: "33%", 进度: "逾期未完成" });

  // Drill down: the history shows fgj's entry; the office may adjust, not record.
  await page.getByTestId("task-T1").getByRole("link").first().click();
  await expect(page.getByTestId("history-entry")).toContainText("5家");
  await expect(page.getByRole("heading", { name: "调整目标或期限" })).toBeVisible();
  await expect(page.getByRole("form", { name: "登记进展" })).toHaveCount(0);
});

test("the leader reads the overview and a line but can change nothing", async ({ page }) => {
  await loginAs(page, "leader", /\/dashboard$/);
  await page.goto("/tasks");
  await page.getByTestId("task-T1").getByRole("link").first().click();
  await expect(page.getByTestId("line-achieved")).toHaveText("5家 · 38%");
  // Nothing to change: besides signing out, only the 统计截至 picker's 查看 (it reads another day).
  await expect(page.getByRole("button")).toHaveText(["退出登录", "查看"]);
  await expect(page.getByRole("form", { name: "按日期查看" }).getByRole("button")).toHaveText(["查看"]);
});

test("yjgl reads T1 (信息共享) but cannot record on it", async ({ page, browser }) => {
  const office = await browser.newPage();
  await loginAs(office, "office", /\/todo$/);
  await office.goto("/tasks");
  const t1Href = await office.getByTestId("task-T1").getByRole("link").first().getAttribute("href");
  await office.close();

  await loginAs(page, "yjgl", /\/todo$/);
  await page.goto("/tasks");
  await expect(page.getByTestId("task-T7")).toBeVisible();
  await expect(page.getByTestId("task-T1")).toHaveCount(0);
  await page.goto(t1Href!);
  await expect(page.getByRole("heading", { level: 1, name: /重点行业节能专项监察/ })).toBeVisible();
  await expect(page.getByTestId("line-achieved")).toHaveText("5家 · 38%");
  await expect(page.getByRole("form", { name: "登记进展" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /待确认的单位进展/ })).toHaveCount(0);
});

test("sthj undoes T4's item only after confirming in the page, by keyboard; cancelling changes nothing", async ({
  page,
}) => {
  await loginAs(page, "sthj", /\/todo$/);
  await page.goto("/tasks");
  await page.getByTestId("task-T4").getByRole("link").first().click();
  await expect(page.getByTestId("item-1")).toContainText("✔ 已完成");
  const undo = page.getByRole("button", { name: "将“完成燃气锅炉低氮改造”改为未完成" });
  const question = page.getByRole("alertdialog", {
    name: "确定将“完成燃气锅炉低氮改造”改为未完成？此操作会记入进展历史。",
  });

  await undo.focus();
  await page.keyboard.press("Enter");
  await expect(question.getByRole("button", { name: "确定", exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(question).toHaveCount(0);
  await expect(undo).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(question.getByRole("button", { name: "取消" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(question).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("item-1")).toContainText("✔ 已完成");
  await expect(page.getByTestId("line-achieved")).toHaveText("1/3项 · 33%");
  await expect(page.getByTestId("history-entry")).toHaveCount(1);

  await undo.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(question).toHaveCount(0);
  await expect(page.getByTestId("item-1")).toContainText("○ 未完成");
  await expect(page.getByTestId("line-achieved")).toHaveText("0/3项 · 0%");
  await expect(page.getByTestId("history-entry")).toHaveCount(2);
});
