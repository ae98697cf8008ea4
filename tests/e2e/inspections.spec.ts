import { readFileSync } from "node:fs";

import { expect as baseExpect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import sharp from "sharp";

import { confirmInPage, loginAs } from "./helpers";

// 监督检查: the office plans a round with 区应急管理局; yjgl records a finding on 古林镇 with a photo; gulin
// answers it with evidence; the office closes it and gulin exports its closed findings to Excel.
// 区市场监管局 (not in the round) cannot open it. Only this file records findings; it changes no case.

// Pages are rendered on first visit on a machine shared with other runs: allow more than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });
const jpeg = (color: string) =>
  sharp({ create: { width: 120, height: 90, channels: 3, background: color } })
    .jpeg()
    .toBuffer();
/** `days` calendar days after `day` ("YYYY-MM-DD"), as a date input takes it. */
const daysAfter = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

test("监督检查: planned with 区应急管理局, a finding on 古林镇 recorded, answered and closed; scjg is refused", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // four accounts, each signing in once, on a busy machine
  const title = `监督检查${Date.now() % 100000}`;
  await loginAs(page, "office", /\/todo$/);
  await page.getByRole("link", { name: "监督检查", exact: true }).click();
  await expect(page).toHaveURL(/\/inspections$/);
  await page.locator("summary", { hasText: "计划检查" }).click();
  const plan = page.getByRole("form", { name: "计划检查" });
  await plan.getByLabel("检查名称").fill(title);
  await plan.getByLabel("检查内容").fill("核实淘汰设备拆除和去向，检查有限空间作业安全管理");
  await plan.getByLabel("每单位抽查已验收整治对象数").fill("1");
  // Fixed days of the 2020 campaign: a round already under way on any day the test runs.
  await plan.getByLabel("开始日期").fill("2020-11-02");
  await plan.getByLabel("结束日期").fill("2020-11-13");
  await expect(plan.getByRole("checkbox", { name: "古林镇" })).toBeChecked(); // all 18 units by default
  await expect(plan.getByRole("checkbox", { name: "区应急管理局" })).not.toBeChecked();
  await plan.getByRole("checkbox", { name: "区应急管理局" }).check();
  await plan.getByRole("button", { name: "计划检查" }).click();
  await confirmInPage(page, "确定计划本次检查吗？参加部门会收到通知。");
  await expect(plan.getByRole("status")).toHaveText(/^检查已计划，抽取已验收整治对象 \d+ 件$/);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByText(/参加部门：区应急管理局/)).toBeVisible();
  const roundUrl = page.url();

  // yjgl takes part: it records a finding on 古林镇 with a photo.
  const yjgl = await browser.newPage();
  await loginAs(yjgl, "yjgl", /\/todo$/);
  await yjgl.getByRole("link", { name: "监督检查", exact: true }).click();
  await yjgl.getByRole("link", { name: title }).click();
  const form = yjgl.getByRole("form", { name: "记录问题" });
  await form.getByLabel("被检查单位").selectOption({ label: "古林镇" });
  await form.getByLabel("发现的问题").fill("有限空间作业未设置警示标识，无作业审批记录");
  await form.getByLabel("整改要求").fill("设置警示标识，建立有限空间作业审批制度并报送");
  // The one date no fixed day can give: 整改期限 is after the day the finding is recorded and within a year (the rule,
  // checked on the server's clock), so it is two weeks from the earliest day the form offers — valid on any day.
  const tomorrow = (await form.getByLabel("整改期限").getAttribute("min"))!;
  await form.getByLabel("整改期限").fill(daysAfter(tomorrow, 13));
  await form
    .getByLabel(/现场照片、材料/)
    .setInputFiles({ name: "现场.jpg", mimeType: "image/jpeg", buffer: await jpeg("#335577") });
  await form.getByRole("button", { name: "记录问题" }).click();
  await expect(form.getByRole("status")).toHaveText("问题已记录，已通知被检查单位");
  await expect(yjgl.getByRole("link", { name: "有限空间作业未设置警示标识，无作业审批记录" })).toBeVisible();

  // scjg is not in the round: it is not found.
  const scjg = await browser.newPage();
  await loginAs(scjg, "scjg", /\/todo$/);
  await scjg.goto(roundUrl);
  await expect(scjg.getByRole("heading", { name: "页面不存在或无权访问" })).toBeVisible();
  await scjg.goto("/inspections");
  await expect(scjg.getByRole("link", { name: title })).toHaveCount(0);

  // gulin sees it on its unit page, answers with evidence.
  const gulin = await browser.newPage();
  await loginAs(gulin, "gulin", /\/units\/\d+$/);
  const open = gulin.getByRole("region", { name: /监督检查未销号的问题/ });
  await open.getByRole("link", { name: "有限空间作业未设置警示标识，无作业审批记录" }).click();
  await expect(gulin).toHaveURL(/\/inspections\/findings\/[^/?]+$/);
  await expect(gulin.getByTestId("finding-status")).toHaveText("待整改");
  await expect(gulin.getByRole("link", { name: "查看 现场.jpg" })).toBeVisible();
  // A wrong photo is removed again after an in-page confirmation (the department's photo is not the unit's to remove);
  // without evidence the answer is refused.
  // The answer offers 拍照 (the phone's camera) beside 上传整改证据; a chosen file goes up at once.
  await expect(gulin.getByLabel("拍摄整改证据")).toHaveAttribute("capture", "environment");
  await gulin
    .getByLabel("选择整改证据文件")
    .setInputFiles({ name: "传错.jpg", mimeType: "image/jpeg", buffer: await jpeg("#773355") });
  await expect(gulin.getByRole("link", { name: "查看 传错.jpg" })).toBeVisible();
  await expect(gulin.getByRole("button", { name: "删除 现场.jpg" })).toHaveCount(0);
  await gulin.getByRole("button", { name: "删除 传错.jpg" }).click();
  await confirmInPage(gulin, "确定删除“传错.jpg”吗？", "删除");
  await expect(gulin.getByRole("link", { name: "查看 传错.jpg" })).toHaveCount(0);
  await gulin.getByLabel("整改情况说明").fill("已整改");
  await gulin.getByRole("button", { name: "提交整改情况" }).click();
  await confirmInPage(gulin, "确定提交整改情况吗？提交后等待区工强办销号。");
  await expect(gulin.getByRole("alert").filter({ hasText: "请先上传整改证据（照片或材料）" })).toBeVisible();
  await gulin
    .getByLabel("选择整改证据文件")
    .setInputFiles({ name: "整改.jpg", mimeType: "image/jpeg", buffer: await jpeg("#557733") });
  await expect(gulin.getByRole("link", { name: "查看 整改.jpg" })).toBeVisible();
  await gulin.getByLabel("整改情况说明").fill("已设置警示标识，作业审批制度已建立，附现场照片");
  await gulin.getByRole("button", { name: "提交整改情况" }).click();
  await confirmInPage(gulin, "确定提交整改情况吗？提交后等待区工强办销号。");
  await expect(gulin.getByTestId("finding-status")).toHaveText("已答复");
  const findingUrl = gulin.url();

  // The office is told, and closes it.
  await page.goto("/notifications");
  await page
    .getByRole("link", { name: /监督检查问题已答复整改，待销号：古林镇/ })
    .first()
    .click();
  await expect(page).toHaveURL(findingUrl);
  await expect(page.getByTestId("finding-answer")).toHaveText("已设置警示标识，作业审批制度已建立，附现场照片");
  await page.getByLabel("意见（退回时必填）").fill("整改到位，予以销号");
  await page.getByRole("button", { name: "销号" }).click();
  await confirmInPage(page, "确定销号吗？");
  await expect(page.getByTestId("finding-status")).toHaveText("已销号");

  await gulin.reload();
  await expect(gulin.getByTestId("finding-status")).toHaveText("已销号");
  await expect(gulin.getByText("区工强办意见：整改到位，予以销号")).toBeVisible();

  // gulin exports its closed findings: the row carries the answer and the office's note.
  await gulin.goto("/inspections");
  await gulin.getByRole("navigation", { name: "按状态筛选" }).getByRole("link", { name: "已销号" }).click();
  const download = gulin.waitForEvent("download");
  await gulin.getByRole("link", { name: "导出 Excel（已销号）" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("2020年度监督检查发现的问题（古林镇，已销号）.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
  const rows = wb.worksheets[0].getRows(3, wb.worksheets[0].rowCount - 2)!.map((r) => (r.values as unknown[]).slice(1));
  const row = rows.find((r) => r[1] === title)!;
  expect([row[2], row[4], row[5], row[9], row[11], row[13]]).toEqual([
    "古林镇",
    "区应急管理局",
    "有限空间作业未设置警示标识，无作业审批记录",
    "已销号",
    "已设置警示标识，作业审批制度已建立，附现场照片",
    "整改到位，予以销号",
  ]);
  expect(rows.every((r) => r[2] === "古林镇")).toBe(true);
});
