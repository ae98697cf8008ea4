import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";

import { readDocx } from "../helpers/unzip";
import { confirmInPage, loginAs } from "./helpers";

// The documents the office sends, downloaded as a user gets them and read back from the .docx.
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

test("通报 as a Word document: the office drafts it, edits the text, issues it and downloads the .docx", async ({
  page,
}) => {
  await loginAs(page, "office", /\/dashboard$/);
  await page.getByRole("link", { name: "通报约谈" }).click();
  await page.locator("summary", { hasText: "发布通报" }).click();
  await expect(page.getByRole("checkbox", { name: /洞桥镇/ })).toBeChecked();
  await page.getByLabel("通报日期").fill("2020-12-01");
  await page.getByRole("button", { name: "生成通报稿" }).click();

  await expect(page.getByLabel("通报标题")).toHaveValue(
    "关于2020年淘汰落后产能及“低散乱”整治提升工作进展滞后单位的通报",
  );
  await expect(page.getByLabel("发文字号", { exact: true })).toHaveValue(/^海工强办〔2020〕\d+号$/);
  const body = page.getByLabel("通报内容");
  await expect(body).toHaveValue(/截至2020年12月1日/);
  await expect(body).toHaveValue(/洞桥镇：淘汰落后产能目标3家，已验收1家/);
  // The office edits the draft before issuing: its own title, number and an added part.
  await page.getByLabel("通报标题").fill("关于洞桥镇等单位工作进展滞后的通报");
  await page.getByLabel("发文字号", { exact: true }).fill("海工强办[2020]88号");
  await body.fill(`${await body.inputValue()}\n三、其他\n请各单位于12月10日前报送整改情况。`);
  await page.getByRole("button", { name: "发布通报" }).click();
  await confirmInPage(page, "确定发布通报吗？发布后被通报单位会收到通知，正文和发文字号不能再修改。");
  await expect(page.getByRole("status").filter({ hasText: "通报已发布（海工强办〔2020〕88号）" })).toBeVisible();

  const card = page.getByTestId("notice-CIRCULAR").filter({ hasText: "关于洞桥镇等单位工作进展滞后的通报" });
  await expect(card.getByTestId("reference-no")).toHaveText("海工强办〔2020〕88号");
  const link = card.getByRole("link", { name: "下载通报（Word）" });
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.headers()["content-type"]).toBe(DOCX);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");

  const download = page.waitForEvent("download");
  await link.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("海工强办〔2020〕88号-关于洞桥镇等单位工作进展滞后的通报.docx");
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
  const { paragraphs } = await readDocx(bytes);
  expect(paragraphs).toEqual(
    expect.arrayContaining([
      "海曙区工业强区建设工作领导小组办公室",
      "海工强办〔2020〕88号",
      "关于洞桥镇等单位工作进展滞后的通报",
      "三、其他",
      "请各单位于12月10日前报送整改情况。",
      "二〇二〇年十二月一日",
      "洞桥镇",
    ]),
  );
  expect(paragraphs.join("")).toContain("洞桥镇：淘汰落后产能目标3家，已验收1家");
});

test("the leader downloads the monthly 工作进展简报 for a chosen month", async ({ page }) => {
  await loginAs(page, "leader", /\/dashboard$/);
  await page.getByRole("link", { name: "工作简报" }).click();
  await expect(page.getByRole("heading", { name: "2020年度工作进展简报" })).toBeVisible();
  await page.getByLabel("选择月份").selectOption({ label: "2020年6月（第6期）" });
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "下载简报（Word）" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("整治提升工作简报（2020年6月）.docx");
  const { paragraphs } = await readDocx(readFileSync(await file.path()));
  expect(paragraphs).toEqual(
    expect.arrayContaining([
      "整治提升工作简报",
      "2020年6月淘汰落后产能及“低散乱”整治提升工作进展情况",
      "一、总体进展",
      "2020年度目标任务分解表完成情况",
      "洞桥镇",
      "全区",
    ]),
  );
  expect(paragraphs.join("")).toMatch(/截至2020年6月30日，全年时间进度\d+%。全区淘汰落后产能目标\d+家，已验收\d+家/);
});
