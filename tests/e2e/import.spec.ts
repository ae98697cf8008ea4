// 台账导入 and 佐证材料包 as a township officer of 章水镇 (a unit no other journey uses): a file with one
// bad row is checked and nothing is written; fixed, it is imported and the cases are in 案件台账; then
// the unit's evidence archive downloads with only its own unit inside.
import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";
import yauzl from "yauzl";

import { creditCheckChar } from "../../lib/enterprises/credit-code";
import { ledgerTemplate } from "../../lib/import/ledger-template";
import { confirmInPage, login } from "./helpers";

const code = (n: number) => {
  const body = `91330203MA9${String(Date.now() % 1e5).padStart(5, "0")}${n}`;
  return body + creditCheckChar(body);
};
const row = (n: number, industry: string) => ({
  unit: "章水镇",
  name: `章水导入企业${n}`,
  creditCode: code(n),
  industry,
  category: "淘汰落后产能",
  disposal: "拆除主体设备",
  dimensions: "能耗、环保",
  deadline: "2020-11-30",
});
const file = async (industries: string[]) => ({
  name: "章水镇台账.xlsx",
  mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  buffer: Buffer.from(
    await ledgerTemplate({ units: ["章水镇"], outcomes: [], rows: industries.map((ind, i) => row(i + 1, ind)) }),
  ),
});

function zipEntries(bytes: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: false }, (err, zip) => {
      if (err || !zip) return reject(err);
      const names: string[] = [];
      zip.on("entry", (e: yauzl.Entry) => names.push(e.fileName));
      zip.on("end", () => resolve(names));
      zip.on("error", reject);
    });
  });
}

test("a township checks a file with a bad row, fixes it, imports it, and downloads its unit's evidence archive", async ({
  page,
}) => {
  await login(page, "zhangshui");
  await expect(page).toHaveURL(/\/units\/\d+$/, { timeout: 60_000 });
  const unitPath = new URL(page.url()).pathname;

  await page.goto("/cases");
  await page.getByRole("link", { name: "从 Excel 导入" }).click();
  await expect(page).toHaveURL(/\/import$/);
  await expect(page.getByRole("heading", { name: "台账导入（章水镇）" })).toBeVisible();

  // One bad row (row 3: an industry not in the list): the dry run shows it, and nothing can be imported.
  await page.getByLabel("Excel 文件").setInputFiles(await file(["铸造", "钢铁", "建材"]));
  await page.getByRole("button", { name: "检查文件" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "行有错误" })).toContainText("共 3 行，其中 1 行有错误", {
    timeout: 30_000,
  });
  const errorRow = page.getByRole("row", { name: /第 3 行/ });
  await expect(errorRow).toContainText("章水导入企业2");
  await expect(errorRow).toContainText("行业“钢铁”无效");
  await expect(page.getByRole("button", { name: "导入" })).toBeDisabled();
  await page.goto("/cases");
  await expect(page.getByText("章水导入企业1")).toHaveCount(0);

  // Fixed: checked, imported after the in-page confirmation, and in 案件台账.
  await page.goto("/import");
  await page.getByLabel("Excel 文件").setInputFiles(await file(["铸造", "建材", "建材"]));
  await page.getByRole("button", { name: "检查文件" }).click();
  await expect(page.getByRole("status").filter({ hasText: "全部无误" })).toContainText("共 3 行，全部无误", {
    timeout: 30_000,
  });
  await page.getByRole("button", { name: "导入" }).click();
  await confirmInPage(page, /确定导入这 3 行吗/, "导入");
  await expect(page.getByText("导入完成：共 3 行。")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("link", { name: "查看整治台账" }).click();
  for (const n of [1, 2, 3]) await expect(page.getByRole("link", { name: `章水导入企业${n}` })).toBeVisible();

  // The unit's evidence archive: only 章水镇 inside, with index.xlsx.
  await page.goto(unitPath);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载佐证材料包" }).click();
  const zip = await download;
  expect(zip.suggestedFilename()).toBe("2020年度佐证材料-章水镇.zip");
  const names = await zipEntries(readFileSync(await zip.path()));
  expect(names).toContain("index.xlsx");
  expect(names.filter((n) => n !== "index.xlsx" && !n.startsWith("章水镇/"))).toEqual([]);
});
