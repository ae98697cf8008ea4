import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";

import { readDocx } from "../helpers/unzip";
import { confirmInPage, loginAs } from "./helpers";

// The documents the office sends, downloaded as a user gets them and read back from the .docx.
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

test("通报 as a Word document: the office drafts it as of its date, edits it, previews it in the page, publishes it after confirming; every download is the same file", async ({
  page,
}) => {
  await loginAs(page, "office", /\/todo$/);
  await page.getByRole("link", { name: "通报约谈" }).click();
  await page.locator("summary", { hasText: "发布通报" }).click();
  await expect(page.getByRole("checkbox", { name: /洞桥镇/ })).toBeChecked();
  await page.getByLabel("通报日期").fill("2020-12-01");
  // The figures of 1 December 2020 are read for the draft (the dashboard's at 统计截至 that day).
  await expect(page.getByText(/进度为2020年12月1日的数据，序时进度\d+%/)).toBeVisible();
  await page.getByRole("button", { name: "生成通报稿" }).click();

  await expect(page.getByLabel("通报标题")).toHaveValue(
    "关于2020年淘汰落后产能及“低散乱”整治提升工作进展滞后单位的通报",
  );
  await expect(page.getByLabel("发文字号", { exact: true })).toHaveValue(/^海工强办〔2020〕\d+号$/);
  const body = page.getByLabel("通报内容");
  await expect(body).toHaveValue(/截至2020年12月1日，全年序时进度为\d+%/);
  await expect(body).toHaveValue(/洞桥镇：淘汰落后产能目标3家，已验收\d+家/);
  // The office edits the draft before issuing: its own title, number and an added part.
  await page.getByLabel("通报标题").fill("关于洞桥镇等单位工作进展滞后的通报");
  await page.getByLabel("发文字号", { exact: true }).fill("海工强办[2020]88号");
  await body.fill(`${await body.inputValue()}\n三、其他\n请各单位于12月10日前报送整改情况。`);

  // The document in the page before it is published: body with its 落款, and the annex, both of 1 December.
  const preview = page.getByRole("document", { name: "通报预览" });
  await expect(preview.getByTestId("preview-body")).toContainText("关于洞桥镇等单位工作进展滞后的通报");
  await expect(preview.getByTestId("preview-body")).toContainText("请各单位于12月10日前报送整改情况。");
  await expect(preview.getByTestId("preview-signature")).toContainText("二〇二〇年十二月一日");
  await expect(preview.getByTestId("preview-annex")).toContainText(
    /（数据截至二〇二〇年十二月一日，全年序时进度\d+%）/,
  );
  await expect(preview.getByTestId("preview-annex")).toContainText("洞桥镇");

  await page.getByRole("button", { name: "发布通报" }).click();
  await confirmInPage(
    page,
    "确定发布通报吗？数据截至2020年12月1日。发布后被通报单位会收到通知，文件即定稿，正文、附件和发文字号不能再修改。",
  );
  await expect(
    page.getByRole("status").filter({ hasText: "通报已发布（海工强办〔2020〕88号），数据截至2020年12月1日" }),
  ).toBeVisible();

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
  // Frozen: the same bytes as before, and the SHA-256 the page shows.
  expect(bytes.equals(await response.body())).toBe(true);
  await expect(card.getByTestId("document-hash")).toContainText(sha256(bytes));
  const { paragraphs } = await readDocx(bytes);
  expect(paragraphs).toEqual(
    expect.arrayContaining([
      "海曙区工业强区建设领导小组办公室",
      "海工强办〔2020〕88号",
      "关于洞桥镇等单位工作进展滞后的通报",
      "三、其他",
      "请各单位于12月10日前报送整改情况。",
      "二〇二〇年十二月一日",
      "洞桥镇",
    ]),
  );
  expect(paragraphs.join("")).toMatch(/截至2020年12月1日，全年序时进度为\d+%/);
  expect(paragraphs.join("")).not.toMatch(/二〇二六|2026年/);
});

test("the leader previews the monthly 工作进展简报 of a chosen month and downloads the unpublished draft", async ({
  page,
}) => {
  await loginAs(page, "leader", /\/dashboard$/);
  await page.getByRole("link", { name: "工作简报" }).click();
  await expect(page.getByRole("heading", { name: "2020年度工作进展简报" })).toBeVisible();
  await page.getByLabel("选择月份").selectOption({ label: "2020年6月（第6期）" });
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page.getByTestId("briefing-data-date")).toHaveText("数据截至2020年6月30日（当月最后一天）。");
  const preview = page.getByRole("document", { name: "简报预览" });
  await expect(preview.getByTestId("preview-body")).toContainText("第6期　　区工强办编　　二〇二〇年六月三十日");
  await expect(preview.getByTestId("preview-annex")).toContainText("（截至二〇二〇年六月三十日）");
  await expect(page.getByRole("button", { name: "发布本期简报" })).toHaveCount(0); // the office publishes
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载未发布稿（Word）" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("整治提升工作简报（2020年6月）（未发布稿）.docx");
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
  expect(paragraphs.join("")).toMatch(/截至2020年6月30日，全年序时进度\d+%。全区淘汰落后产能目标\d+家，已验收\d+家/);
});

test("the office publishes a month's 简报 after confirming; the published file downloads the same every time", async ({
  page,
}) => {
  await loginAs(page, "office", /\/todo$/);
  await page.goto("/briefings?month=2020-05");
  await expect(page.getByTestId("briefing-data-date")).toHaveText("数据截至2020年5月31日（当月最后一天）。");
  await page.getByRole("button", { name: "发布本期简报" }).click();
  await confirmInPage(
    page,
    "确定发布2020年5月简报吗？数据截至2020年5月31日。发布后文件即定稿，以后每次下载都是同一份文件，不能再修改。",
    "确定发布",
  );
  // The page re-renders as published at once (the button's own notice goes with the button): the record says so.
  const published = page.getByTestId("briefing-published");
  await expect(published).toContainText(/已于 .+ 发布，数据截至2020年5月31日/);
  const link = published.getByRole("link", { name: "下载简报（Word）" });
  const first = await (await page.request.get((await link.getAttribute("href"))!)).body();
  const download = page.waitForEvent("download");
  await link.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("整治提升工作简报（2020年5月）.docx");
  const bytes = readFileSync(await file.path());
  expect(bytes.equals(first)).toBe(true);
  await expect(published).toContainText(sha256(bytes));
  await expect(page.getByRole("button", { name: "发布本期简报" })).toHaveCount(0);
});
